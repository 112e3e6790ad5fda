/**
 * juesuan serve [--port N] [--no-open]: the desk, on this machine only
 * (127.0.0.1, port 8080 unless told; 0 picks a free one). It prints its
 * address, opens the browser on it unless --no-open, and runs until
 * interrupted; whatever was dropped lives in memory and goes with it.
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createDeskApp } from '../serve/app.js';

export interface ServeOptions {
  port: number;
  open: boolean;
}

const HOST = '127.0.0.1';

/** The system's way to open an address in the default browser. */
function openBrowser(url: string): void {
  const [command, args] = process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write(`无法自动打开浏览器，请手动打开 ${url}\n`));
    child.unref();
  } catch {
    process.stderr.write(`无法自动打开浏览器，请手动打开 ${url}\n`);
  }
}

export function runServeCommand(options: ServeOptions): Promise<number> {
  let port = options.port;
  const desk = createDeskApp(() => port);
  return new Promise((resolve) => {
    const server = serve({ fetch: desk.app.fetch, hostname: HOST, port: options.port }, (info: AddressInfo) => {
      port = info.port;
      const url = `http://${HOST}:${port}/`;
      process.stdout.write(`juesuan 审校台已启动：${url}\n只接受本机访问；上传的文件只保存在内存中，退出后即清除。按 Ctrl+C 退出。\n`);
      if (options.open) openBrowser(url);
    });
    server.on('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? `端口 ${options.port} 已被占用，请用 --port 换一个端口（如 --port 8081）`
        : error.code === 'EACCES' ? `没有权限使用端口 ${options.port}，请用 --port 换一个大于 1024 的端口` : error.message;
      process.stderr.write(`审校台无法启动：${why}\n`);
      resolve(2);
    });
    const stop = () => {
      desk.clear();
      server.close();
      process.stdout.write('审校台已退出，上传的文件已清除。\n');
      resolve(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
