/**
 * Debian's nginx serving a build with the project's own configuration (deploy/nginx.conf), as a
 * host would: for the nginx tests of the root build and of the sub-path build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-copy.ts';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  origin: string;
  stop: () => void;
}

/**
 * Starts nginx on `port` with `root` as the server's root and `base` ("" or "/smtp") as the
 * sub-path, including deploy/nginx.conf; resolves once it answers.
 */
export async function startNginx(root: string, base: string, port: number): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`nginx not found at ${NGINX_PATH}: install Debian's nginx (apt-get install nginx) or set NGINX_PATH`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-nginx-'));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
${process.getuid?.() === 0 ? '# Workers run as the user running the tests, so that they can read a build in a private folder.\nuser root;\n' : ''}pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    set $smtp_base "${base}";
    include ${join(PROJECT_ROOT, 'deploy/nginx.conf')};
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX_PATH, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'inherit' });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    try {
      await fetch(origin);
      return { origin, stop };
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  stop();
  throw new Error('nginx did not start');
}
