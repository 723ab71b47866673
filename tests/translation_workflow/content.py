"""A long page body for the translation budget test and the benchmark."""


def long_body(blocks=40):
    """A StandardPage body of `blocks` blocks: headings, rich-text paragraphs with a link, quotes.

    Each paragraph block holds two paragraphs and a link, so the page has about two strings
    to translate per block, as the network's longer pages do.
    """
    body = []
    for number in range(blocks):
        if number % 4 == 0:
            body.append({"type": "heading", "value": {"text": f"Section {number}", "level": "h2"}})
        elif number % 4 == 3:
            body.append(
                {
                    "type": "quote",
                    "value": {"text": f"What we learnt, part {number}.", "attribution": "A mayor"},
                }
            )
        else:
            body.append(
                {
                    "type": "paragraph",
                    "value": (
                        f'<p>Paragraph {number} tells <a href="https://example.org/{number}">'
                        f"what the city did</a>.</p><p>And what it achieved, {number}.</p>"
                    ),
                }
            )
    return body
