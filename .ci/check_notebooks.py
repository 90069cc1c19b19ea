#!/usr/bin/env python3
"""Check the course's conventions in every notebook; print each violation and exit 1 if there is any.

- Every course notebook (`nbs/[0-9]*.ipynb`) opens alone in Colab: cell 1 is the "Open in Colab" badge pointing at
  this notebook's path on GitHub, cell 2 the `#| hide` setup cell that does nothing outside Colab.
- Imports stand in cells of their own (nbdev's docs processing runs import cells alone; a cell that mixes an import
  with other code, or hides an import inside a function of a non-exported cell, breaks the docs build).
- Figures are shown by the cells that draw them: no markdown image links to files (they break on the docs site and
  in a notebook opened alone), and every cell that saves a figure has a stored image output (unless it is flagged
  `gpu`, `slow` or `download` and has not been run: then its markdown says so).
- The course speaks of itself only: no words about how the work was organised, no paths outside the repository.
- Every course notebook is in the docs sidebar (`.ci/sidebar.py` writes it) and in README's course table.

Usage: python3 .ci/check_notebooks.py [NOTEBOOK ...]   (default: every notebook under nbs/)
"""
import ast, json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nbs = root / 'nbs'
REPO = 'diffit-edu/diffit_edu'
BADGE = 'https://colab.research.google.com/assets/colab-badge.svg'
GUARD = "'google.colab' in str(get_ipython())"
PROCESS = re.compile(r"this session|the session had|\bsession's\b|\bissue \d+|the issue asks|/work/|\.\./shared/|"
                     r"DIFFIT_PAPER_NOTES|the project's notes", re.I)
IMG_LINK = re.compile(r"!\[[^\]]*\]\((?!https?://)[^)]+\)|<img\s[^>]*src=[\"'](?!https?://|data:)", re.I)
SAVES = re.compile(r"\bsave_figure\(|\.savefig\(")
EXPORT = re.compile(r"^#\|\s*(export|exports|exporti|exec_doc)\b", re.M)
FLAGS = re.compile(r"^#\|\s*(.*)$", re.M)


def src(c): return ''.join(c['source'])


def parse(s):
    body = '\n'.join('pass' if l.lstrip().startswith(('%', '!')) else l for l in s.splitlines())
    try: return ast.parse(body)
    except SyntaxError: return None


def flags(c): return set(w for m in FLAGS.findall(src(c)) for w in m.split())


def has_image(c):
    return any('image/png' in o.get('data', {}) or 'image/jpeg' in o.get('data', {}) or 'image/svg+xml' in o.get('data', {})
               for o in c.get('outputs', []))


def check(path: Path) -> list[str]:
    rel = path.relative_to(nbs).as_posix()
    nb = json.loads(path.read_text(encoding='utf-8'))
    cells, out = nb['cells'], []
    err = lambda i, msg: out.append(f"{rel} cell {i}: {msg}")
    course = path.parent == nbs and re.match(r'\d', path.name)
    if course:
        want = f"https://colab.research.google.com/github/{REPO}/blob/main/nbs/{path.name}"
        if len(cells) < 3: err(0, "too few cells for title, badge and setup")
        else:
            if cells[1]['cell_type'] != 'markdown' or BADGE not in src(cells[1]) or want not in src(cells[1]):
                err(1, f"cell 1 must be the Open-in-Colab badge linking {want}")
            s = src(cells[2])
            if cells[2]['cell_type'] != 'code' or GUARD not in s or not s.startswith('#| hide'):
                err(2, f"cell 2 must be the '#| hide' Colab setup cell guarded by `if {GUARD}:`")
            else:
                body = [l for l in s.splitlines()[1:] if l.strip() and not l.lstrip().startswith('#')]
                if not body or not body[0].startswith('if ') or any(not l.startswith((' ', '\t')) for l in body[1:]):
                    err(2, "the setup cell must do nothing outside Colab: everything inside the `if` guard")
    for i, c in enumerate(cells):
        s = src(c)
        if c['cell_type'] == 'markdown':
            if IMG_LINK.search(s): err(i, "markdown links an image file; show figures as the output of the cell that draws them")
            if PROCESS.search(s): err(i, f"process wording or an outside path: {PROCESS.search(s).group(0)!r}")
            continue
        if c['cell_type'] != 'code': continue
        if PROCESS.search(s): err(i, f"process wording or an outside path: {PROCESS.search(s).group(0)!r}")
        if not EXPORT.search(s):
            t = parse(s)
            if t is not None and any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(t)):
                top = [n for n in t.body if not isinstance(n, (ast.Import, ast.ImportFrom))]
                if top: err(i, "imports mixed with other code (or an import inside a function): put the imports in a cell of their own")
        if SAVES.search(s) and not EXPORT.search(s) and not has_image(c) and not (flags(c) & {'gpu', 'slow', 'download', 'notest', 'bench'}):
            err(i, "saves a figure but shows none: store the figure as the cell's output")
    return out


def sidebar_and_readme() -> list[str]:
    out = []
    course = sorted(p.name for p in nbs.glob('[0-9]*.ipynb'))
    side = (nbs / 'sidebar.yml').read_text(encoding='utf-8') if (nbs / 'sidebar.yml').exists() else ''
    readme = (root / 'README.md').read_text(encoding='utf-8')
    for n in course:
        if n not in side: out.append(f"nbs/sidebar.yml: {n} missing (run python3 .ci/sidebar.py)")
        if f"`{n[:-6]}`" not in readme: out.append(f"README.md: the course table has no row for `{n[:-6]}` (edit nbs/index.ipynb)")
    return out


if __name__ == '__main__':
    paths = [Path(p).resolve() for p in sys.argv[1:]] or sorted(nbs.rglob('*.ipynb'))
    paths = [p for p in paths if '_proc' not in p.parts and '.ipynb_checkpoints' not in p.parts]
    problems = [m for p in paths for m in check(p)] + ([] if sys.argv[1:] else sidebar_and_readme())
    for m in problems: print(m)
    print(f"{len(paths)} notebooks checked: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)
