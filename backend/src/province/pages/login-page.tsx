import { Layout } from './layout';
import type { PageContext } from './page-context';

/** Sign-in for supervisors and admins; `csrf` is the login form's own token (double-submit cookie). */
export function LoginPage(props: { ctx: PageContext; csrf: string; error?: string }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('เข้าสู่ระบบแดชบอร์ดจังหวัด', 'Sign in to the province dashboard')}>
      <form method="post" action={ctx.href('/province/login')} class="login">
        <input type="hidden" name="_csrf" value={props.csrf} />
        {props.error && (
          <p class="error" role="alert">
            {props.error}
          </p>
        )}
        <label>
          {ctx.t('ชื่อผู้ใช้', 'Username')}
          <input name="username" autocomplete="username" required maxLength={100} />
        </label>
        <label>
          {ctx.t('รหัสผ่าน', 'Password')}
          <input name="password" type="password" autocomplete="current-password" required maxLength={200} />
        </label>
        <button type="submit">{ctx.t('เข้าสู่ระบบ', 'Sign in')}</button>
      </form>
    </Layout>
  );
}

export function ErrorPage(props: { ctx: PageContext; message: string }) {
  return (
    <Layout ctx={props.ctx} title={props.ctx.t('ไม่สามารถดำเนินการได้', 'Cannot continue')}>
      <p class="error" role="alert">
        {props.message}
      </p>
      <p>
        <a href={props.ctx.href('/province')}>{props.ctx.t('กลับหน้าภาพรวม', 'Back to the overview')}</a>
      </p>
    </Layout>
  );
}
