#!/usr/bin/env bash
# Build the PyInstaller bundle and smoke-test the built programs (issue 6).
# Usage: .ci/bundle_smoke.sh PYTHON   (a Python with the project installed)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-python3}
"$python" -m pip install -q "pyinstaller>=6.10,<7"
rm -rf build dist
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level ERROR build.spec
echo "bundle: built in $(( $(date +%s) - start )) s, size $(du -sh dist/Kompassapp | cut -f1)"

work=$(mktemp -d)
cli=dist/Kompassapp/kompassapp-cli
export KOMPASSAPP_DATA="$work/data" QT_QPA_PLATFORM=offscreen
"$cli" --version
"$cli" demo -o "$work/demo.kompass"
"$cli" summary "$work/demo.kompass" | tee "$work/summary.txt"
grep -q "639 / 800" "$work/summary.txt"
"$cli" export "$work/demo.kompass" --xlsx "$work/demo.xlsx" --pdf "$work/demo.pdf" --compare botkyrka-2003
test -s "$work/demo.xlsx" && test -s "$work/demo.pdf"
"$cli" export "$work/demo.kompass" --docx "$work/demo.docx" --final  # python-docx's templates, the rose via Pillow
test -s "$work/demo.docx"
"$cli" bank validate dist/Kompassapp/_internal/question_bank/*.yaml
# Encryption (sqlcipher3) and the results archive (SQLAlchemy on SQLite) from the bundle.
KOMPASSAPP_NEW_PASSPHRASE="bundle smoke phrase" "$cli" new --bank kommunkompassen-2020 --municipality Provby \
  --year 2026 --encrypt -o "$work/enc.kompass"
KOMPASSAPP_PASSPHRASE="bundle smoke phrase" "$cli" summary "$work/enc.kompass" --json | grep -q '"municipality": "Provby"'
"$cli" new --bank kommunkompassen-2020 --municipality Provby --year 2026 -o "$work/plain.kompass"
"$cli" archive push "$work/plain.kompass" --db "$work/archive.sqlite"
"$cli" archive list --db "$work/archive.sqlite" --json | grep -q '"municipality": "Provby"'
timeout 60 dist/Kompassapp/Kompassapp --demo --quit-after-start 2> "$work/window.err"
if grep -v -e "propagateSizeHints" "$work/window.err" | grep -q .; then
  echo "the window wrote to stderr:"; cat "$work/window.err"; exit 1
fi
echo "bundle smoke test: passed"
