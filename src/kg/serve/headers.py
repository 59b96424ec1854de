"""Response headers that keep a browser from doing more with our pages than show them.

The pages print data from partners' files and ingested profiles. Jinja escapes text, but the
pictures are inline SVG written by Graphviz and matplotlib, so the last line of defence is the
browser's: a Content-Security-Policy that runs only the server's own script files (the SPARQL
editor, `/static/…`, bundled into the package), never inline script, `javascript:` links or
event attributes, loads nothing from elsewhere and lets no script connect anywhere (no
`connect-src`, so `default-src 'none'` holds), lets no `<base>` move the links and no other site
frame the page, plus `nosniff` so an answer is never read as another type than it says.
Styles may be inline: the page's own `<style>` and the style attributes that matplotlib and
Graphviz write into their SVG, which a CSS hash cannot list one by one; CSS runs no code.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "img-src 'self'",
        "style-src 'self' 'unsafe-inline'",
    ]
)
HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


class SecurityHeaders:
    """ASGI middleware that adds `HEADERS` to every answer (a plain ASGI wrapper rather than
    Starlette's BaseHTTPMiddleware, which would buffer streamed bodies)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in {name for name, _ in HEADERS}
                ]
                message = {**message, "headers": headers + HEADERS}
            await send(message)

        await self.app(scope, receive, send_with_headers)
