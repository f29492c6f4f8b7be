/**
 * Reference divisions of 呼和浩特市 (Hohhot, 内蒙古自治区), with national 12-digit codes.
 * Townships use 1xx (镇) / 2xx (乡) codes and villages 2xx (村委会) as the statistics office does.
 */
export interface DivisionSeed {
  code: string;
  name: string;
  children?: DivisionSeed[];
}

const VILLAGE_NAMES = [
  '东营村',
  '西营村',
  '前进村',
  '新胜村',
  '榆树沟村',
  '大井村',
  '小营子村',
  '沙梁村',
  '后窑村',
  '南园村',
  '北滩村',
  '红旗村',
  '丰收村',
  '团结村',
  '兴隆村',
  '黄土坡村',
];

let villageCursor = 0;
function villages(townshipCode: string, count: number): DivisionSeed[] {
  return Array.from({ length: count }, (_, i) => ({
    code: townshipCode.slice(0, 9) + String(201 + i),
    name: VILLAGE_NAMES[villageCursor++ % VILLAGE_NAMES.length],
  }));
}

function township(code: string, name: string, villageCount = 4): DivisionSeed {
  return { code, name, children: villages(code, villageCount) };
}

export const DIVISION_TREE: DivisionSeed = {
  code: '150000000000',
  name: '内蒙古自治区',
  children: [
    {
      code: '150100000000',
      name: '呼和浩特市',
      children: [
        { code: '150102000000', name: '新城区' },
        { code: '150103000000', name: '回民区' },
        { code: '150104000000', name: '玉泉区' },
        { code: '150105000000', name: '赛罕区' },
        {
          code: '150121000000',
          name: '土默特左旗',
          children: [
            township('150121100000', '察素齐镇'),
            township('150121101000', '毕克齐镇'),
            township('150121102000', '善岱镇'),
            township('150121103000', '台阁牧镇'),
            township('150121104000', '白庙子镇'),
            township('150121200000', '北什轴乡'),
          ],
        },
        {
          code: '150122000000',
          name: '托克托县',
          children: [
            township('150122100000', '双河镇'),
            township('150122101000', '新营子镇'),
            township('150122102000', '五申镇'),
            township('150122103000', '伍什家镇'),
            township('150122104000', '古城镇'),
          ],
        },
        {
          code: '150123000000',
          name: '和林格尔县',
          children: [
            township('150123100000', '城关镇'),
            township('150123101000', '盛乐镇'),
            township('150123102000', '新店子镇'),
            township('150123200000', '舍必崖乡'),
            township('150123201000', '大红城乡'),
          ],
        },
        {
          code: '150124000000',
          name: '清水河县',
          children: [
            township('150124100000', '城关镇'),
            township('150124101000', '宏河镇'),
            township('150124102000', '喇嘛湾镇'),
            township('150124103000', '老牛湾镇'),
            township('150124200000', '五良太乡'),
          ],
        },
        {
          code: '150125000000',
          name: '武川县',
          children: [
            township('150125100000', '可可以力更镇'),
            township('150125101000', '哈乐镇'),
            township('150125102000', '西乌兰不浪镇'),
            township('150125200000', '耗赖山乡'),
            township('150125201000', '得胜沟乡'),
          ],
        },
      ],
    },
  ],
};
