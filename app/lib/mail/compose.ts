// A mail's text and HTML from the same parts: paragraphs, at most one link (shown as a
// button in HTML and as the bare address in text), and small print at the end. Simple
// HTML, inline styles only (mail programs drop style sheets), no images and nothing
// that reports back when it is opened.

export type MailParts = {
  lang: string; // the HTML lang attribute
  subject: string;
  paragraphs: string[];
  link?: { label: string; url: string };
  smallPrint: string[];
};

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// Bare addresses in small print become links in HTML.
const linked = (s: string) => escape(s).replace(/https?:\/\/[^\s<>"]+/g, (u) => `<a href="${u}" style="color:#1e40af">${u}</a>`);

export function composeMail(parts: MailParts): { subject: string; text: string; html: string } {
  const text = [...parts.paragraphs, ...(parts.link ? [`${parts.link.label}:\n${parts.link.url}`] : []), "--", ...parts.smallPrint].join("\n\n");
  const p = (s: string) => `<p style="margin:0 0 16px">${escape(s)}</p>`;
  const button = parts.link
    ? `<p style="margin:24px 0"><a href="${escape(parts.link.url)}" style="background:#1e40af;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escape(parts.link.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#475569;word-break:break-all">${escape(parts.link.url)}</p>`
    : "";
  const small = parts.smallPrint.map((s) => `<p style="margin:0 0 8px;font-size:13px;color:#475569">${linked(s)}</p>`).join("");
  const html =
    `<!doctype html><html lang="${escape(parts.lang)}"><head><meta charset="utf-8"><title>${escape(parts.subject)}</title></head>` +
    `<body style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans SC',sans-serif;color:#0f172a;font-size:16px;line-height:1.5">` +
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:24px">` +
    `<p style="margin:0 0 16px;font-weight:700;color:#1e40af">Odjava</p>${parts.paragraphs.map(p).join("")}${button}` +
    `<hr style="border:none;border-top:1px solid #e2e8f0;margin:24px 0">${small}</div></body></html>`;
  return { subject: parts.subject, text, html };
}
