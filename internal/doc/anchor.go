package doc

// The shim (extension/shim/anchor.js) re-finds blocks in the live DOM by
// walking the container element's text nodes with exactly these rules, so the
// two sides must agree on them:
//
//   - text nodes inside skipTags subtrees do not count (the shim skips the same tags);
//   - a run of ASCII whitespace (HTML's definition) counts as one space;
//   - whitespace before the container's first visible character does not count;
//   - offsets count Unicode code points.
//
// Block.Offset is then the index of the block's first character in that
// stream. Keeping the rule this small makes it cheap on both sides and easy to
// test against each other (extension/test/anchor.test.mjs).

// skipTags are elements whose text is not part of the reading text: code,
// styles, templates, embedded documents, form widgets and vector graphics.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "math": true,
	"iframe": true, "object": true, "embed": true, "textarea": true, "select": true, "canvas": true,
	"video": true, "audio": true, "head": true,
}

// blockTags end the current block: their text starts a new one.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true, "center": true,
	"dd": true, "details": true, "dialog": true, "dir": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true,
	"hr": true, "li": true, "main": true, "menu": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "summary": true, "table": true, "tbody": true, "thead": true, "tfoot": true,
	"tr": true, "td": true, "th": true, "ul": true, "caption": true, "legend": true, "html": true,
	"br": true, "button": true, "label": true, "option": true,
}

// IsSpace reports whether r is HTML (ASCII) whitespace.
func IsSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// Normalize collapses runs of ASCII whitespace into one space and trims both ends,
// the form every block's Text has.
func Normalize(s string) string {
	out := make([]rune, 0, len(s))
	space := false
	for _, r := range s {
		if IsSpace(r) {
			space = len(out) > 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, r)
	}
	return string(out)
}
