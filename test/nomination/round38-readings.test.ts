import { describe, expect, it } from 'vitest';
import { findCorrection } from '../../src/nomination/extract.js';
import { form } from './dialog-fixture.js';
import { stored } from './reading-helpers.js';

/** The v38 round: a correction whose value clause names the field again. */

describe('a correction whose value clause names the field again', () => {
  const filled = stored('applicant', '保山市咖啡协会');
  it('takes the value after the copula', () => {
    expect(findCorrection(form, '前面那个申请人不对，保护产品的申请人是保山市人民政府，协会是管用标的', 'contact_name', filled)).toEqual({ field: 'applicant', value: '保山市人民政府' });
    expect(findCorrection(form, '申请人写错了，申请人是保山市人民政府', 'contact_name', filled)).toEqual({ field: 'applicant', value: '保山市人民政府' });
  });
  it('leaves a value clause naming no field whole', () => {
    expect(findCorrection(form, '申请人写错了，是保山市人民政府', 'contact_name', filled)).toEqual({ field: 'applicant', value: '保山市人民政府' });
  });
});
