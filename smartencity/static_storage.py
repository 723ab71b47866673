"""Static file storage for production: fingerprinted, compressed, served by WhiteNoise."""

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage

from whitenoise.storage import CompressedManifestStaticFilesStorage


class FingerprintedStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's compressed manifest storage, leaving JavaScript source map comments alone.

    The xstatic marker-cluster package ships `leaflet.markercluster.js` with a
    `sourceMappingURL` comment but without the map file, and rewriting that comment to a hashed
    name makes collectstatic fail. Visitors never load source maps, so JavaScript files are only
    fingerprinted; stylesheets keep their `url()` and `@import` references rewritten.
    """

    patterns = tuple(
        (extension, rules)
        for extension, rules in ManifestStaticFilesStorage.patterns
        if extension != "*.js"
    )
