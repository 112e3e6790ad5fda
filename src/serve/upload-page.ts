/**
 * The desk's first page: drop (or choose) the documents, and optionally a
 * data file and last year's documents; the review opens when it is done.
 * Self-contained like the reports: its styles and script are inline.
 */
import { pageAssets } from '../report/html-assets.js';

const SCRIPT = `
(() => {
  const zone = document.querySelector('.drop');
  const input = document.querySelector('#files');
  const list = document.querySelector('.chosen');
  const go = document.querySelector('#go');
  const status = document.querySelector('.status');
  let files = [];
  const role = (f) => /\\.(ya?ml|xlsx|xlsm)$/i.test(f.name) ? '数据文件' : /\\.pdf$/i.test(f.name) ? 'PDF' : /\\.docx$/i.test(f.name) ? 'Word' : /\\.(md|markdown|txt)$/i.test(f.name) ? '文本' : '不支持';
  const show = () => {
    list.replaceChildren(...files.map((f, i) => {
      const li = document.createElement('li');
      li.textContent = role(f) + '：' + f.name + '（' + (f.size / 1048576).toFixed(2) + ' MB）';
      const rm = document.createElement('button');
      rm.type = 'button'; rm.textContent = '移除'; rm.addEventListener('click', () => { files.splice(i, 1); show(); });
      li.append(' ', rm);
      return li;
    }));
    go.disabled = files.length === 0;
  };
  const add = (more) => { files = files.concat([...more]); show(); };
  input.addEventListener('change', () => { add(input.files); input.value = ''; });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); add(e.dataTransfer.files); });
  go.addEventListener('click', async () => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    go.disabled = true;
    status.className = 'status busy';
    status.textContent = '正在审校 ' + files.length + ' 个文件……';
    try {
      const response = await fetch('/review', { method: 'POST', body: form });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.message || ('审校失败（' + response.status + '）'));
      status.className = 'status';
      status.textContent = '审校完成，正在打开报告……';
      location.href = answer.url;
    } catch (error) {
      status.className = 'status error';
      status.textContent = error.message;
      go.disabled = false;
    }
  });
})();
`;

export function uploadPage(limits: { files: number; fileBytes: number }): string {
  const { style } = pageAssets();
  return '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    + '<title>juesuan 审校台</title>'
    + `<style>${style}
.upload { max-width: 760px; margin: 1.5rem auto; }
.drop { display: block; border: 3px dashed #8a93a0; border-radius: 12px; background: #fff; padding: 2.5rem 1rem; text-align: center; cursor: pointer; }
.drop.over { border-color: #2f6fde; background: #eef4ff; }
.drop b { font-size: 1.15rem; }
.chosen { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem 1rem .5rem 2rem; min-height: 1rem; }
.chosen:empty { display: none; }
.chosen button, #go { font: inherit; }
#go { font-size: 1.05rem; padding: .6rem 1.4rem; border-radius: 8px; border: 0; background: #2f6fde; color: #fff; cursor: pointer; margin: .8rem 0; }
#go:disabled { background: #9aa5b5; cursor: default; }
.status.busy { color: var(--unverified); font-weight: 700; }
.status.error { color: var(--error); font-weight: 700; }
.hint { color: var(--muted); font-size: .9rem; }
</style></head>\n<body><header class="bar"><div class="title"><h1>juesuan 审校台</h1><p class="who">部门决算公开文件审校 · 只在本机运行，文件不离开这台电脑</p></div></header>`
    + '<main class="upload"><label class="drop" for="files"><b>把文件拖到这里</b><br>或点此选择文件<br>'
    + '<span class="hint">PDF、Word（.docx）、Markdown 或文本；可同时放入上一年度的文件（自动配对），以及一个数据文件（.yaml 或决算表工作簿 .xlsx）</span></label>'
    + '<input type="file" id="files" multiple hidden accept=".pdf,.docx,.md,.markdown,.txt,.yaml,.yml,.xlsx,.xlsm">'
    + '<ul class="chosen"></ul><button type="button" id="go" disabled>开始审校</button><p class="status" role="status" aria-live="polite"></p>'
    + `<p class="hint">有数据文件时，按数据核对说明文字（lint），Markdown 和 Word 文件可下载修正后的文件；没有数据文件时，按文件中自己的决算表审校（review）。每个 PDF 都可下载加了标注的副本。一次最多 ${limits.files} 个文件，每个不超过 ${limits.fileBytes / 1024 / 1024} MB。</p></main>`
    + `<script>${SCRIPT}</script></body></html>\n`;
}
