import type { CardRecord } from '../../shared/card/card-record';

type Expected = Omit<CardRecord, 'photo'> & { photoFile: string };

/**
 * What each virtual-card person must decode to, written out by hand from the fixtures (not computed by the
 * code under test): middle names, partial and lifelong dates, stripped address prefixes, Bangkok.
 */
export const EXPECTED: Record<string, Expected> = {
  somchai: {
    citizenId: '1101700207030',
    name: {
      th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' },
      en: { title: 'Mr.', first: 'Somchai', middle: '', last: 'Jaidee' },
    },
    birthDate: { year: 2530, month: 1, day: 15 },
    sex: 'male',
    issuer: 'อำเภอเมืองเชียงใหม่/เชียงใหม่',
    issueDate: { year: 2565, month: 3, day: 1 },
    expiryDate: { year: 2574, month: 1, day: 14 },
    address: {
      houseNo: '12',
      moo: '3',
      soi: '',
      road: '',
      subdistrict: 'ศรีภูมิ',
      district: 'เมืองเชียงใหม่',
      province: 'เชียงใหม่',
      raw: '12#หมู่ที่ 3###ตำบลศรีภูมิ#อำเภอเมืองเชียงใหม่#จังหวัดเชียงใหม่',
    },
    photoFile: 'somchai.jpg',
  },
  'malee-middle-name': {
    citizenId: '3509900123450',
    name: {
      th: { title: 'น.ส.', first: 'มาลี', middle: 'ศรีสุดา', last: 'ณ อยุธยา' },
      en: { title: 'Miss', first: 'Malee', middle: 'Srisuda', last: 'Na Ayutthaya' },
    },
    birthDate: { year: 2530, month: 10, day: null },
    sex: 'female',
    issuer: 'อำเภอสันทราย/เชียงใหม่',
    issueDate: { year: 2566, month: 6, day: 20 },
    expiryDate: { year: 2575, month: 10, day: 19 },
    address: {
      houseNo: '88/9',
      moo: '7',
      soi: 'สันทรายพัฒนา 4',
      road: 'เชียงใหม่-พร้าว',
      subdistrict: 'หนองแหย่ง',
      district: 'สันทราย',
      province: 'เชียงใหม่',
      raw: '88/9#หมู่ที่ 7#ซอยสันทรายพัฒนา 4#ถนนเชียงใหม่-พร้าว##ตำบลหนองแหย่ง#อำเภอสันทราย#จังหวัดเชียงใหม่',
    },
    photoFile: 'malee.jpg',
  },
  'bangkok-lifelong': {
    citizenId: '1100500345675',
    name: {
      th: { title: 'นาง', first: 'บุญมี', middle: '', last: 'รักษ์ไทย' },
      en: { title: 'Mrs.', first: 'Boonmee', middle: '', last: 'Rakthai' },
    },
    birthDate: { year: 2492, month: null, day: null },
    sex: 'female',
    issuer: 'สำนักงานเขตบางกะปิ/กรุงเทพมหานคร',
    issueDate: { year: 2564, month: 5, day: 5 },
    expiryDate: 'lifelong',
    address: {
      houseNo: '1234/567 หมู่บ้านเพิ่มสุขนิเวศน์ 2 อาคารบี ชั้น 3 ห้อง 12',
      moo: '12',
      soi: 'รามคำแหง 24 แยก 3-5 (ร่วมมิตรพัฒนา 1)',
      road: 'รามคำแหง',
      subdistrict: 'หัวหมาก',
      district: 'บางกะปิ',
      province: 'กรุงเทพมหานคร',
      raw: '1234/567 หมู่บ้านเพิ่มสุขนิเวศน์ 2 อาคารบี ชั้น 3 ห้อง 12#หมู่ที่ 12#ซอยรามคำแหง 24 แยก 3-5 (ร่วมมิตรพัฒนา 1)#ถนนรามคำแหง##แขวงหัวหมาก#เขตบางกะปิ#กรุงเทพมหานคร',
    },
    photoFile: 'bangkok.jpg',
  },
  'child-year-only': {
    citizenId: '1609900789019',
    name: {
      th: { title: 'ด.ช.', first: 'ปกรณ์', middle: '', last: 'สุขสวัสดิ์' },
      en: { title: 'Master', first: 'Pakorn', middle: '', last: 'Suksawat' },
    },
    birthDate: { year: 2559, month: 2, day: 29 },
    sex: 'male',
    issuer: 'อำเภอเมืองนครสวรรค์/นครสวรรค์',
    issueDate: { year: 2566, month: 3, day: 1 },
    expiryDate: { year: 2572, month: 2, day: 28 },
    address: {
      houseNo: '5',
      moo: '1',
      soi: '',
      road: '',
      subdistrict: 'ปากน้ำโพ',
      district: 'เมืองนครสวรรค์',
      province: 'นครสวรรค์',
      raw: '5#หมู่ที่ 1###ตำบลปากน้ำโพ#อำเภอเมืองนครสวรรค์#จังหวัดนครสวรรค์',
    },
    photoFile: 'child.jpg',
  },
  'acting-lt-long-name': {
    citizenId: '5570800123456',
    name: {
      th: { title: 'ว่าที่ ร.ต.หญิง', first: 'กัญญารัตน์', middle: 'ประภาพรรณ', last: 'ศรีสุวรรณวงศ์ไพศาล' },
      en: { title: 'Acting Sub Lt.', first: 'Kanyarat', middle: 'Praphapan', last: 'Srisuwanwongpaisan' },
    },
    birthDate: { year: 2528, month: 10, day: 2 },
    sex: 'female',
    issuer: 'อำเภอเชียงแสน/เชียงราย',
    issueDate: { year: 2563, month: 8, day: 12 },
    expiryDate: { year: 2572, month: 10, day: 1 },
    address: {
      houseNo: '45 หมู่บ้านเวียงทอง',
      moo: '9',
      soi: '',
      road: '',
      subdistrict: 'เวียง',
      district: 'เชียงแสน',
      province: 'เชียงราย',
      raw: '45#หมู่ที่ 9#หมู่บ้านเวียงทอง###ตำบลเวียง#อำเภอเชียงแสน#จังหวัดเชียงราย',
    },
    photoFile: 'acting-lt.jpg',
  },
};
