#!/usr/bin/env bash
# Builds the VS Code extension in editors/vscode into editors/vscode/lexcheck.vsix:
# installs the npm packages package-lock.json pins (vscode-languageclient, and
# @vscode/vsce to package), then packages. Needs Node.js 20 or later and npm.
set -euo pipefail
cd "$(dirname "$0")/../editors/vscode"
npm ci --no-audit --no-fund
npm run --silent package
ls -l lexcheck.vsix
