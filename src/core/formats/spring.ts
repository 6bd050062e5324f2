import type { ErrorFormat } from './format';

/**
 * Spring Boot's BasicErrorController: `{ timestamp, status, error, path, message?, errors?, trace? }`;
 * `error` is the status's reason phrase, `trace` a stack trace.
 * https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.error-handling
 */
export const spring: ErrorFormat = {
  name: 'spring',
  keys: ['timestamp'],
  test: (b) => b.timestamp && typeof b.path === 'string',
};
