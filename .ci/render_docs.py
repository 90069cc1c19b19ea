#!/usr/bin/env python3
"""Render nbdev's processed notebooks (`_proc/`, written by `nbdev_proc_nbs --force`) to HTML with nbconvert and
check what a reader of the site would see. Quarto, which builds the real site (`nbdev_docs`), downloads its binary
when installed, so we render the same processed notebooks with nbconvert instead.

For every page:
- every figure stored in the notebook is on the page, embedded (nothing points at a file that the site lacks);
- a page whose notebook exports code shows its API documentation (nbdev's `show_doc` blocks);
- a page with equations loads MathJax and keeps the TeX;
- the Colab badge is on every course page.

Usage: python3 .ci/render_docs.py [OUT_DIR]   (default _site_html/; open OUT_DIR/index.html in a browser)
The pages load MathJax from its CDN; offline, point MATHJAX_URL at a local copy (e.g. `npm install mathjax@2`:
MATHJAX_URL='file:///path/node_modules/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe').
"""
import json, os, re, sys
from pathlib import Path
import nbformat
from nbconvert import HTMLExporter

root = Path(__file__).resolve().parent.parent
proc, src = root / '_proc', root / 'nbs'
out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else root / '_site_html'
if not proc.is_dir(): sys.exit("no _proc/: run `nbdev_proc_nbs --force` first")
exporter = HTMLExporter(template_name='lab', **({'mathjax_url': os.environ['MATHJAX_URL']} if os.environ.get('MATHJAX_URL') else {}))
problems, pages = [], []
for p in sorted(proc.rglob('*.ipynb')):
    rel = p.relative_to(proc)
    nb = nbformat.read(p, as_version=4)
    html, _ = exporter.from_notebook_node(nb)
    dest = out_dir / rel.with_suffix('.html'); dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(html, encoding='utf-8')
    orig = json.loads((src / rel).read_text(encoding='utf-8'))
    n_fig = sum(1 for c in orig['cells'] for o in c.get('outputs', []) if {'image/png', 'image/jpeg'} & set(o.get('data', {})))
    n_img = len(re.findall(r'<img[^>]+src="data:image/', html))
    bad = re.findall(r'<img[^>]+src="(?!data:|https?://)([^"]+)"', html)
    exports = any(re.match(r'#\|\s*export', ''.join(c['source'])) for c in orig['cells'] if c['cell_type'] == 'code')
    n_api = len(re.findall(r'href="https://github.com/[^"]+/blob/[^"]+\.py#L\d+"', html))   # show_doc's [source] links
    tex = any(re.search(r'\$[^$\n]+\$', ''.join(c['source'])) for c in orig['cells'] if c['cell_type'] == 'markdown')
    course = len(rel.parts) == 1 and rel.name[0].isdigit()
    if n_img < n_fig: problems.append(f"{rel}: {n_fig} stored figures but {n_img} embedded images on the page")
    if bad: problems.append(f"{rel}: images pointing at files the site does not have: {bad[:3]}")
    if exports and n_api == 0: problems.append(f"{rel}: exports code but the page shows no API documentation")
    if tex and 'MathJax' not in html: problems.append(f"{rel}: has equations but the page does not load MathJax")
    if course and 'colab-badge.svg' not in html: problems.append(f"{rel}: no Open-in-Colab badge on the page")
    pages.append(f"{rel.as_posix():45s} {n_img:3d} figures  {n_api:3d} API blocks  {'TeX' if tex else '   '}  {len(html) // 1024:5d} KB")
print('\n'.join(pages))
for m in problems: print('PROBLEM:', m)
print(f"{len(pages)} pages rendered to {out_dir}: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
