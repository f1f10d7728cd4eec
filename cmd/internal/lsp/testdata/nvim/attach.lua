-- Attaches the lexcheck language server to the file $LEXCHECK_FILE with
-- Neovim's built-in client (0.7 or later), waits for its diagnostics and
-- writes them, one a line, to $LEXCHECK_OUT, then quits.
local file, out = vim.env.LEXCHECK_FILE, vim.env.LEXCHECK_OUT
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local published = false
local id = vim.lsp.start_client({
  name = 'lexcheck',
  cmd = { vim.env.LEXCHECK_SERVER, 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      published = true
    end,
  },
})
vim.lsp.buf_attach_client(buf, id)
local lines = { 'filetype ' .. vim.bo[buf].filetype }
if not vim.wait(60000, function() return published end, 20) then
  table.insert(lines, 'no diagnostics within 60s')
end
local diags = vim.diagnostic.get(buf)
table.sort(diags, function(a, b) return a.lnum < b.lnum or a.lnum == b.lnum and a.col < b.col end)
for _, d in ipairs(diags) do
  -- Neovim turns the protocol's UTF-16 ranges into byte columns.
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(lines, string.format('%d:%d-%d:%d %s %s: %s', d.lnum, d.col, d.end_lnum, d.end_col,
    vim.diagnostic.severity[d.severity], code, d.message))
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(id) == nil end, 20)
vim.cmd('qa!')
