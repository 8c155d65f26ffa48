-- Neovim (0.7+) as a second LSP client: start tenderlint-language-server over stdio for Markdown buffers,
-- wait for diagnostics, write them as JSON to $DIAG_OUT, then quit (exit 1 when none arrived in time).
local server = os.getenv('LSP_SERVER')
local out = os.getenv('DIAG_OUT')
local timeout = tonumber(os.getenv('DIAG_TIMEOUT') or '20000')

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    local cfg = { name = 'tenderlint', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.getcwd() }
    if vim.lsp.start then
      vim.lsp.start(cfg, { bufnr = args.buf })
    else
      vim.lsp.buf_attach_client(args.buf, vim.lsp.start_client(cfg))
    end
  end,
})

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local start = (vim.uv or vim.loop).now()
    local ok = vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 50)
    local diags = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local code = d.code
      if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
      table.insert(diags, { lnum = d.lnum, col = d.col, severity = d.severity, source = d.source, code = code, message = d.message })
    end
    local f = io.open(out, 'w')
    f:write(vim.json.encode({ ok = ok, wait_ms = (vim.uv or vim.loop).now() - start, diagnostics = diags }))
    f:close()
    for _, c in pairs((vim.lsp.get_clients or vim.lsp.get_active_clients)()) do c.stop() end
    if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
  end,
})
