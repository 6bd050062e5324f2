/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
import type { CancelablePromise } from '../core/CancelablePromise';
import { OpenAPI } from '../core/OpenAPI';
import { request as __request } from '../core/request';
export class DefaultService {
  /**
   * @param scenario
   * @returns any The GraphQL answer, errors and all.
   * @throws ApiError
   */
  public static getScenario(scenario: string): CancelablePromise<{
    data?: any;
    errors?: Array<any>;
  }> {
    return __request(OpenAPI, {
      method: 'GET',
      url: '/{scenario}',
      path: {
        scenario: scenario,
      },
    });
  }
}
