// The lexcheck extension starts `lexcheck lsp` for Markdown, HTML and
// plain-text files; the language server does the rest (diagnostics, quick
// fixes, the nearest .lexcheck.toml).
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

async function activate(context) {
  const config = vscode.workspace.getConfiguration('lexcheck');
  const server = {
    command: config.get('path', 'lexcheck'),
    args: ['lsp', ...config.get('args', [])],
  };
  const documents = ['markdown', 'plaintext', 'html'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  client = new LanguageClient('lexcheck', 'lexcheck', server, { documentSelector: documents });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
