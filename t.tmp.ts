import { dialogIntent } from './src/nomination/dialog/intents.js';
import { parseField } from './src/nomination/parsers/index.js';
import { loadForm } from './src/nomination/form.js';
const form = loadForm('knowledge');
console.log(dialogIntent('物流这块不清楚，先跳过'), dialogIntent('这项没统计，跳过吧'));
const f = (id: string) => form.field(id)!;
for (const [id, v] of [['employees','三万来人'],['employees','两万多人'],['employees','4万出头'],['annual_output_value','9000来万'],['annual_output_value','6000万吧'],['annual_output_value','4个亿上下'],['annual_output_value','去年大概150亿左右'],['sales_premium','四成左右'],['sales_premium','比一般的高三成左右吧'],['authorized_users','150多家'],['annual_output_value','差不多46个亿'],['registration_no','国家质检总局2001年第17号公告'], ['contact_phone','139 9530 1234']] as const)
  { const r = parseField(f(id), v); console.log(id, v, r.ok ? r.value.value : r.reason); }
