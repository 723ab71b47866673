from django.urls import path

from wagtail.contrib.sitemaps.views import sitemap

from home.sitemaps import NetworkSitemap, robots_txt

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": NetworkSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
