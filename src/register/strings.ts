/**
 * User-visible strings of the registration form (zh-CN first, English second).
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../app/i18n.ts';
import { SHARED_STRINGS } from '../shared/strings.ts';

export const REGISTER_STRINGS = {
  registerTitle: ['通行登记', 'Registration'],
  registerIntro: [
    '在自己的手机上填写一次，生成登记码，到门岗出示即可。',
    'Fill this in once on your own phone, then show the code at the gate.',
  ],
  registerKindLegend: ['您的身份', 'You are'],
  registerKind_courier: ['快递 / 外卖', 'Courier / delivery rider'],
  registerKind_visitor: ['访客', 'Visitor'],
  registerKind_returnee: ['返乡人员', 'Returnee'],
  registerName: ['真实姓名', 'Real name'],
  registerPhone: ['手机号', 'Mobile phone'],
  registerIdLast4: ['身份证后四位', 'ID card, last 4'],
  registerCompany: ['公司', 'Company'],
  registerCompanyOther: ['其他', 'Other'],
  registerCompanyName: ['公司名称', 'Company name'],
  registerPlate: ['车牌（选填）', 'Vehicle plate (optional)'],
  registerBuilding: ['楼栋', 'Building'],
  registerUnit: ['单元（选填）', 'Unit (optional)'],
  registerRoom: ['房号', 'Room'],
  registerHostLegend: ['拜访住户', 'Household you visit'],
  registerHomeLegend: ['在本小区的住址', 'Your home in the estate'],
  registerPurpose: ['来访事由', 'Purpose of the visit'],
  registerFrom: ['从哪里返回', 'Coming from'],
  registerArrivedOn: ['到达日期', 'Arrival date'],
  registerTransport: ['交通方式', 'Transport'],
  registerTransport_火车: ['火车', 'Train'],
  registerTransport_飞机: ['飞机', 'Plane'],
  registerTransport_汽车: ['汽车', 'Coach'],
  registerTransport_自驾: ['自驾', 'Own car'],
  registerTransport_其他: ['其他', 'Other'],
  registerChoose: ['请选择', 'Choose'],
  registerItinerary: ['14 天内去过的地方', 'Places in the last 14 days'],
  registerItineraryHint: [
    '按行程卡填写，包括现在所在的城市',
    'As on your itinerary card, including the city you are in now',
  ],
  registerStop: ['地点', 'Place'],
  registerStopDate: ['日期', 'Date'],
  registerAddStop: ['添加地点', 'Add a place'],
  registerRemoveStop: ['删除此地点', 'Remove this place'],
  registerProvince: ['省', 'Province'],
  registerCity: ['市', 'City'],
  registerDistrict: ['区 / 县', 'District'],
  registerRegionsLoading: ['正在加载地区列表…', 'Loading the list of places…'],
  registerRegionsFailed: ['地区列表加载失败，请刷新页面', 'The list of places did not load; reload the page'],
  registerColour: ['您手机上健康码的颜色', 'Your health-code colour (on your phone)'],
  registerLastTest: ['最近一次核酸检测时间（选填）', 'Last nucleic-acid test (optional)'],
  registerSubmit: ['生成登记码', 'Make my code'],
  registerFormErrors: ['请修改标出的项目后再提交', 'Fix the marked fields, then submit again'],
  registerErrRequired: ['请填写此项', 'Fill this in'],
  registerErrChoose: ['请选择一项', 'Choose one'],
  registerErrKind: ['请先选择您的身份', 'Choose who you are first'],
  registerErrName: ['姓名不能包含数字', 'A name has no digits'],
  registerErrPhone: [
    '请输入 11 位手机号，例如 13800001111',
    'Type an 11-digit mobile number, e.g. 13800001111',
  ],
  registerErrIdLast4: [
    '请输入身份证最后 4 位（数字或 X）',
    'Type the last 4 characters of the ID card (digits or X)',
  ],
  registerErrPlate: ['车牌格式不对，例如 粤B12345', 'Not a plate number, e.g. 粤B12345'],
  registerErrTooLong: ['内容太长（最多 100 字）', 'Too long (at most 100 characters)'],
  registerErrTooLongShort: ['内容太长（最多 10 字）', 'Too long (at most 10 characters)'],
  registerErrItinerary: ['请至少添加一个地点', 'Add at least one place'],
  registerErrTooManyStops: ['地点太多（最多 30 个）', 'Too many places (at most 30)'],
  registerErrRegion: ['请选到区 / 县', 'Choose down to the district'],
  registerErrStopDate: ['日期须在最近 14 天内', 'The date must be within the last 14 days'],
  registerErrFrom: ['请至少选到城市', 'Choose at least the city'],
  registerErrDate: ['日期无效', 'Not a valid date'],
  registerErrFutureDate: ['日期不能晚于今天', 'The date cannot be after today'],
  registerErrDateTime: ['时间无效', 'Not a valid time'],
  registerErrFuture: ['时间不能晚于现在', 'The time cannot be in the future'],
  registerErrColour: ['请选择健康码颜色', 'Choose your health-code colour'],
  registerQrHint: ['请在门岗出示此码', 'Show this code at the gate'],
  registerSelfDeclared: ['自行申报，由门岗核对身份证', 'Self-declared: the gate checks your ID card'],
  registerQrFailed: ['登记码生成失败，请重试', 'The code could not be made; try again'],
  registerEdit: ['修改登记', 'Edit'],
  registerAgain: ['重新登记', 'Register again'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(REGISTER_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
