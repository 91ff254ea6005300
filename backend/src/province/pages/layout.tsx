import type { ComponentChildren } from 'preact';
import type { PageContext } from './page-context';

/** The frame of every dashboard page: header with navigation, language toggle and sign-out; print styles in CSS. */
export function Layout(props: { ctx: PageContext; title: string; children: ComponentChildren }) {
  const { ctx } = props;
  const other = ctx.lang === 'en' ? 'th' : 'en';
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · LHR Assist`}</title>
        <link rel="stylesheet" href="/province/assets/dashboard.css" />
        <script src="/province/assets/dashboard.js" defer />
      </head>
      <body>
        <header class="top no-print">
          <strong class="brand">{ctx.t('แดชบอร์ดจังหวัด', 'Province dashboard')}</strong>
          {ctx.username && (
            <nav>
              <a href={ctx.href('/province')}>{ctx.t('ภาพรวม', 'Overview')}</a>
              <a href={ctx.href('/province/overdue')}>
                {ctx.t('ล่าช้าและหนังสือแจ้งเตือน', 'Overdue and letters')}
              </a>
              <a href={ctx.href('/province/template')}>{ctx.t('แม่แบบหนังสือ', 'Letter template')}</a>
              <a href={ctx.href('/province/proposals')}>{ctx.t('ข้อเสนอปรับโปรไฟล์', 'Profile proposals')}</a>
            </nav>
          )}
          <span class="spacer" />
          <a class="lang" href={ctx.switchLang} hreflang={other}>
            {other === 'en' ? 'English' : 'ภาษาไทย'}
          </a>
          {ctx.username && (
            <form method="post" action="/province/logout" class="logout">
              <input type="hidden" name="_csrf" value={ctx.csrf} />
              <span class="user">{ctx.username}</span>
              <button type="submit">{ctx.t('ออกจากระบบ', 'Sign out')}</button>
            </form>
          )}
        </header>
        <main>
          <h1>{props.title}</h1>
          {props.children}
        </main>
        <footer class="print-only">LHR Assist · {new Date().toISOString().slice(0, 10)}</footer>
      </body>
    </html>
  );
}
