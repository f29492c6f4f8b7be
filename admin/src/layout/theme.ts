import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme with fonts that have Simplified Chinese glyphs. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: {
    ...defaultTheme.typography,
    fontFamily: [
      '-apple-system',
      'BlinkMacSystemFont',
      '"Segoe UI"',
      'Roboto',
      '"PingFang SC"',
      '"Hiragino Sans GB"',
      '"Microsoft YaHei"',
      '"Noto Sans CJK SC"',
      '"Noto Sans SC"',
      '"Source Han Sans SC"',
      '"WenQuanYi Micro Hei"',
      'sans-serif',
    ].join(','),
  },
};
