#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine: Graphviz (dot) and fonts with
# Arabic glyphs for rendering, xmllint for GraphML schema validation (the XSDs themselves are in
# tests/schemas/graphml/, so it runs offline), hyperfine for the benchmark script, the Python
# readers (NetworkX, igraph) the exports must satisfy, and for reports headless Chromium (opening
# the page, printing the PDF), poppler-utils (pdftoppm, pdftotext) and Python's websockets (the
# DevTools client of tests/py/check_report.py).
set -euo pipefail
need_apt=()
command -v dot >/dev/null || need_apt+=(graphviz)
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v pdftoppm >/dev/null || need_apt+=(poppler-utils)
fc-list 2>/dev/null | grep -q "DejaVu Sans" || need_apt+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -q "Noto Naskh Arabic" || need_apt+=(fonts-noto-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
python3 -c "import networkx, igraph, websockets.sync.client" 2>/dev/null ||
  python3 -m pip install -q --disable-pip-version-check networkx igraph "websockets>=12"
