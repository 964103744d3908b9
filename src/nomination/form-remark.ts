/**
 * A remark about the form itself, that what was just said has no place in it: "这个表里好像没地方填，
 * 那就算了", "表里没这项就算了", "申报书上没有这一栏". Whatever figure or words it comes with are told
 * in passing, not an answer: nothing of the message goes into a field.
 */
const NO_PLACE = /(?:表|表格|表里|表上|申报书|这张表)[^，,。；;]{0,8}(?:没有?|无)(?:地方|这项|这一项|这个|这栏|这一栏|位置|栏目?|格子)/u;
const LET_GO = /(?:那就|就|那)算了|不用填了|不填了|没地方填/u;

export const isFormRemark = (text: string): boolean => NO_PLACE.test(text) || LET_GO.test(text);
