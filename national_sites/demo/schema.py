"""The shape of one site's demo content in one language.

SITE = {
    "home": {
        "title": str,                 # the home page's title
        "network_name": str,          # shown in the header and footer
        "tagline": str,
        "intro": "<p>…</p>",          # rich text: <p> paragraphs with <b>/<i> only
        "footer_text": "<p>…</p>",
        "navigation": [{"label": str, "_page": "about"}, …],   # _page: a page's _key
        "footer_links": [{"label": str, "_url": "https://…"}, …],
        "body": [BLOCK, …],
    },
    "pages": [
        {"_key": "about", "title": str, "slug": str, "intro": str, "body": [BLOCK, …]},
        …
    ],
}

BLOCK is one of:
    {"_type": "heading", "text": str, "_level": "h2" | "h3"}
    {"_type": "paragraph", "text": "<p>…</p><p>…</p>"}
    {"_type": "quote", "text": str, "attribution": str}
    {"_type": "call_to_action", "title": str, "text": str, "label": str, "_page": key}
    {"_type": "membership_steps", "title": str, "intro": str,
     "steps": [{"name": str, "description": str}, …]}   # the five steps, in order

Every language of a site must have exactly the same shape: the same pages in the same
order, the same blocks, the same number of paragraphs in each rich text.
"""

import re

PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)


def text_pairs(source, target, where="content"):
    """Yield (source text, translated text) for every text at the same place in both.

    Rich text is paired paragraph by paragraph, because wagtail-localize translates it one
    paragraph (one segment) at a time.
    """
    if isinstance(source, dict):
        if not isinstance(target, dict) or source.keys() != target.keys():
            raise ValueError(f"{where}: the keys differ between languages.")
        for key, value in source.items():
            if not key.startswith("_"):
                yield from text_pairs(value, target[key], f"{where}.{key}")
    elif isinstance(source, list):
        if not isinstance(target, list) or len(source) != len(target):
            raise ValueError(f"{where}: the lists differ in length between languages.")
        for index, (source_item, target_item) in enumerate(zip(source, target, strict=True)):
            yield from text_pairs(source_item, target_item, f"{where}[{index}]")
    elif isinstance(source, str):
        if not isinstance(target, str):
            raise ValueError(f"{where}: a text is missing in the translation.")
        source_paragraphs = PARAGRAPH.findall(source)
        target_paragraphs = PARAGRAPH.findall(target)
        if len(source_paragraphs) != len(target_paragraphs):
            raise ValueError(f"{where}: the number of paragraphs differs between languages.")
        if source_paragraphs:
            yield from zip(source_paragraphs, target_paragraphs, strict=True)
        else:
            yield source, target


def translation_strings(source, target):
    return {
        source_text.strip(): target_text.strip()
        for source_text, target_text in text_pairs(source, target)
        if source_text.strip() != target_text.strip()
    }
