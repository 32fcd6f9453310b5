/**
 * Name pools for generated departments: Hunan counties (中文 and an ASCII slug for file names),
 * department kinds with the projects and output indicators typical of each, and townships for
 * naming many projects. Plausible, not real: no generated dataset describes an actual department.
 */

/** A county-level area: its Chinese name and ASCII slug. */
export interface County {
  zh: string;
  slug: string;
}

export const COUNTIES: readonly County[] = [
  { zh: "桃江县", slug: "taojiang" },
  { zh: "安化县", slug: "anhua" },
  { zh: "南县", slug: "nanxian" },
  { zh: "沅江市", slug: "yuanjiang" },
  { zh: "赫山区", slug: "heshan" },
  { zh: "资阳区", slug: "ziyang" },
  { zh: "汉寿县", slug: "hanshou" },
  { zh: "桃源县", slug: "taoyuan" },
  { zh: "澧县", slug: "lixian" },
  { zh: "临澧县", slug: "linli" },
  { zh: "石门县", slug: "shimen" },
  { zh: "慈利县", slug: "cili" },
  { zh: "桑植县", slug: "sangzhi" },
  { zh: "宁乡市", slug: "ningxiang" },
  { zh: "浏阳市", slug: "liuyang" },
  { zh: "湘潭县", slug: "xiangtan" },
  { zh: "湘乡市", slug: "xiangxiang" },
  { zh: "衡山县", slug: "hengshan" },
  { zh: "衡东县", slug: "hengdong" },
  { zh: "祁东县", slug: "qidong" },
  { zh: "耒阳市", slug: "leiyang" },
  { zh: "常宁市", slug: "changning" },
  { zh: "攸县", slug: "youxian" },
  { zh: "茶陵县", slug: "chaling" },
  { zh: "醴陵市", slug: "liling" },
  { zh: "平江县", slug: "pingjiang" },
  { zh: "湘阴县", slug: "xiangyin" },
  { zh: "华容县", slug: "huarong" },
  { zh: "汨罗市", slug: "miluo" },
  { zh: "新化县", slug: "xinhua" },
  { zh: "涟源市", slug: "lianyuan" },
  { zh: "双峰县", slug: "shuangfeng" },
  { zh: "隆回县", slug: "longhui" },
  { zh: "洞口县", slug: "dongkou" },
];

/** An output or outcome indicator template: name, unit, category, and a range for the plan. */
export interface IndicatorTemplate {
  name: string;
  unit: string;
  category: "output.quantity" | "output.quality" | "output.timeliness" | "outcome.social";
  min: number;
  max: number;
}

/** A kind of department: its name suffix, slug, mission, projects and indicators. */
export interface DepartmentKind {
  zh: string;
  slug: string;
  mission: string;
  functions: readonly string[];
  projects: readonly string[];
  indicators: readonly IndicatorTemplate[];
  /** County-level 二级单位 (named after the county: "桃江县不动产登记中心"). */
  units: readonly string[];
  /** The township-level station of this kind ("修山镇自然资源所"), for more 二级单位. */
  station: string;
}

const pct = (name: string): IndicatorTemplate => ({
  name,
  unit: "%",
  category: "output.quality",
  min: 90,
  max: 100,
});

export const DEPARTMENT_KINDS: readonly DepartmentKind[] = [
  {
    zh: "自然资源局",
    slug: "natural-resources",
    mission: "负责全县土地资源、矿产资源等自然资源的规划、管理、合理利用和测绘事业",
    functions: ["履行自然资源资产所有者职责", "负责自然资源调查监测评价", "负责国土空间规划"],
    projects: [
      "土地整理项目",
      "地质灾害防治专项",
      "不动产登记信息平台运维",
      "国土空间规划编制",
      "矿山地质环境恢复治理",
      "耕地保护与占补平衡",
      "土地成本",
      "基础测绘",
    ],
    indicators: [
      { name: "办结出让土地分配方案", unit: "宗", category: "output.quantity", min: 10, max: 60 },
      { name: "地质灾害隐患点巡查", unit: "处", category: "output.quantity", min: 50, max: 400 },
      { name: "不动产登记办件", unit: "件", category: "output.quantity", min: 2000, max: 20000 },
      pct("耕地保护目标完成率"),
    ],
    units: [
      "不动产登记中心",
      "土地储备中心",
      "自然资源执法监察大队",
      "国土空间规划测绘院",
      "土地整理中心",
      "地质环境监测站",
    ],
    station: "自然资源所",
  },
  {
    zh: "教育局",
    slug: "education",
    mission: "负责全县教育事业的规划、管理和督导",
    functions: ["贯彻执行教育方针政策", "统筹各级各类教育发展", "负责教师队伍建设"],
    projects: [
      "义务教育薄弱环节改善",
      "学生资助",
      "教师培训",
      "校舍维修改造",
      "营养改善计划",
      "学前教育发展",
      "教育信息化建设",
    ],
    indicators: [
      { name: "资助学生", unit: "人", category: "output.quantity", min: 500, max: 8000 },
      { name: "培训教师", unit: "人", category: "output.quantity", min: 100, max: 2000 },
      { name: "维修改造校舍", unit: "所", category: "output.quantity", min: 5, max: 60 },
      pct("义务教育巩固率"),
    ],
    units: [
      "教师发展中心",
      "学生资助管理中心",
      "教育技术装备站",
      "招生考试中心",
      "教育督导评估中心",
      "青少年校外活动中心",
    ],
    station: "中心学校",
  },
  {
    zh: "卫生健康局",
    slug: "health",
    mission: "负责全县卫生健康事业的规划、管理和监督",
    functions: ["拟订卫生健康政策", "协调推进医药卫生体制改革", "负责疾病预防控制"],
    projects: [
      "基本公共卫生服务",
      "重大传染病防控",
      "乡镇卫生院能力建设",
      "家庭医生签约服务",
      "妇幼健康服务",
      "计划生育奖励扶助",
    ],
    indicators: [
      {
        name: "建立居民健康档案",
        unit: "份",
        category: "output.quantity",
        min: 20000,
        max: 300000,
      },
      { name: "开展健康教育讲座", unit: "次", category: "output.quantity", min: 20, max: 300 },
      pct("适龄儿童免疫规划疫苗接种率"),
      pct("家庭医生签约率"),
    ],
    units: [
      "疾病预防控制中心",
      "妇幼保健计划生育服务中心",
      "卫生健康综合监督执法局",
      "人民医院",
      "中医医院",
      "急救中心",
    ],
    station: "卫生院",
  },
  {
    zh: "农业农村局",
    slug: "agriculture",
    mission: "负责全县农业农村经济发展和乡村振兴工作",
    functions: ["统筹研究和组织实施三农工作", "负责农田建设管理", "负责农产品质量安全监管"],
    projects: [
      "高标准农田建设",
      "耕地地力保护补贴",
      "农机购置补贴",
      "动物疫病防控",
      "农村人居环境整治",
      "农产品质量安全监测",
      "新型职业农民培训",
    ],
    indicators: [
      { name: "建成高标准农田", unit: "亩", category: "output.quantity", min: 5000, max: 60000 },
      { name: "培训新型职业农民", unit: "人", category: "output.quantity", min: 100, max: 3000 },
      { name: "农产品抽检", unit: "批次", category: "output.quantity", min: 200, max: 3000 },
      pct("农产品质量安全抽检合格率"),
    ],
    units: [
      "农业技术推广中心",
      "动物疫病预防控制中心",
      "农业综合行政执法大队",
      "农村经营服务站",
      "农机事务中心",
      "水产技术推广站",
    ],
    station: "农业综合服务中心",
  },
  {
    zh: "水利局",
    slug: "water-resources",
    mission: "负责全县水资源的合理开发利用和水利工程建设管理",
    functions: ["负责水资源管理", "负责水利工程建设与运行管理", "负责防汛抗旱"],
    projects: [
      "小型水库除险加固",
      "农村饮水安全巩固提升",
      "山洪灾害防治",
      "河长制工作经费",
      "水土保持治理",
      "灌区续建配套",
    ],
    indicators: [
      { name: "除险加固小型水库", unit: "座", category: "output.quantity", min: 3, max: 40 },
      { name: "治理水土流失面积", unit: "公顷", category: "output.quantity", min: 100, max: 3000 },
      { name: "巡河", unit: "次", category: "output.quantity", min: 200, max: 5000 },
      pct("农村集中供水率"),
    ],
    units: [
      "河道管理站",
      "水土保持站",
      "水利工程质量监督站",
      "农村饮水安全管理站",
      "灌区管理所",
      "水文水资源勘测站",
    ],
    station: "水利站",
  },
  {
    zh: "交通运输局",
    slug: "transport",
    mission: "负责全县公路、水路交通运输的规划、建设和管理",
    functions: ["负责公路建设与养护", "负责道路运输管理", "负责交通安全监管"],
    projects: ["农村公路提质改造", "公路养护", "危桥改造", "安全生命防护工程", "客运站运营补贴"],
    indicators: [
      { name: "提质改造农村公路", unit: "公里", category: "output.quantity", min: 20, max: 300 },
      { name: "改造危桥", unit: "座", category: "output.quantity", min: 2, max: 30 },
      pct("公路优良路率"),
      { name: "养护工程按期完工", unit: "个", category: "output.timeliness", min: 5, max: 50 },
    ],
    units: [
      "公路建设养护中心",
      "交通运输综合行政执法大队",
      "地方海事处",
      "农村公路管理站",
      "道路运输服务中心",
      "交通建设质量安全监督站",
    ],
    station: "交通管理站",
  },
  {
    zh: "民政局",
    slug: "civil-affairs",
    mission: "负责全县社会救助、社会福利和基层政权建设等民政工作",
    functions: ["负责社会救助", "负责养老服务", "负责社会组织登记管理"],
    projects: [
      "城乡居民最低生活保障",
      "特困人员救助供养",
      "临时救助",
      "养老服务体系建设",
      "孤儿基本生活保障",
      "殡葬改革",
    ],
    indicators: [
      { name: "保障城乡低保对象", unit: "人", category: "output.quantity", min: 1000, max: 20000 },
      { name: "供养特困人员", unit: "人", category: "output.quantity", min: 200, max: 3000 },
      pct("救助资金按时发放率"),
      { name: "新建养老服务设施", unit: "个", category: "output.quantity", min: 2, max: 30 },
    ],
    units: ["社会福利院", "救助管理站", "殡仪馆", "社会救助服务中心", "婚姻登记处", "光荣院"],
    station: "敬老院",
  },
  {
    zh: "住房和城乡建设局",
    slug: "housing",
    mission: "负责全县城乡建设、住房保障和建筑市场管理",
    functions: ["负责住房保障", "负责城市建设管理", "负责建筑市场监管"],
    projects: [
      "老旧小区改造",
      "农村危房改造",
      "公共租赁住房运营",
      "城市排水管网建设",
      "园林绿化养护",
    ],
    indicators: [
      { name: "改造老旧小区", unit: "个", category: "output.quantity", min: 3, max: 40 },
      { name: "改造农村危房", unit: "户", category: "output.quantity", min: 50, max: 1500 },
      pct("工程质量验收合格率"),
      { name: "新建排水管网", unit: "公里", category: "output.quantity", min: 2, max: 50 },
    ],
    units: [
      "住房保障服务中心",
      "建设工程质量安全监督站",
      "房产事务中心",
      "市政设施维护中心",
      "园林绿化中心",
      "城乡规划设计院",
    ],
    station: "规划建设站",
  },
  {
    zh: "林业局",
    slug: "forestry",
    mission: "负责全县林业和草原及其生态保护修复的监督管理",
    functions: ["负责森林资源保护", "负责造林绿化", "负责森林防火"],
    projects: ["森林防火", "生态公益林补偿", "植树造林", "林业有害生物防治", "天然林保护"],
    indicators: [
      { name: "完成人工造林", unit: "亩", category: "output.quantity", min: 1000, max: 30000 },
      { name: "防治林业有害生物", unit: "亩", category: "output.quantity", min: 1000, max: 50000 },
      pct("森林火灾受害率控制目标完成率"),
      { name: "护林员巡护", unit: "次", category: "output.quantity", min: 500, max: 8000 },
    ],
    units: [
      "国有林场",
      "林业有害生物防治检疫站",
      "林业综合行政执法大队",
      "湿地保护中心",
      "林木种苗站",
      "森林资源监测中心",
    ],
    station: "林业站",
  },
  {
    zh: "文化旅游广电体育局",
    slug: "culture-tourism",
    mission: "负责全县文化、旅游、广播电视和体育事业",
    functions: ["负责文化事业发展", "负责旅游业发展", "负责全民健身"],
    projects: ["送戏下乡", "公共文化场馆免费开放", "全民健身设施建设", "文物保护", "旅游宣传推介"],
    indicators: [
      { name: "送戏下乡演出", unit: "场", category: "output.quantity", min: 50, max: 400 },
      { name: "新建健身设施", unit: "处", category: "output.quantity", min: 5, max: 80 },
      pct("公共文化场馆免费开放率"),
      { name: "接待游客", unit: "万人次", category: "outcome.social", min: 50, max: 900 },
    ],
    units: ["文化馆", "图书馆", "博物馆", "文物管理所", "体育运动中心", "旅游服务中心"],
    station: "综合文化站",
  },
  {
    zh: "人力资源和社会保障局",
    slug: "human-resources",
    mission: "负责全县人力资源和社会保障工作",
    functions: ["负责就业促进", "负责社会保险", "负责劳动关系协调"],
    projects: ["就业创业补贴", "职业技能培训", "城乡居民养老保险", "劳动保障监察", "人才引进"],
    indicators: [
      { name: "城镇新增就业", unit: "人", category: "output.quantity", min: 1000, max: 9000 },
      { name: "开展职业技能培训", unit: "人次", category: "output.quantity", min: 500, max: 6000 },
      pct("城乡居民养老保险参保率"),
      pct("劳动争议案件结案率"),
    ],
    units: [
      "就业服务中心",
      "社会保险服务中心",
      "劳动保障监察大队",
      "劳动人事争议仲裁院",
      "人才发展服务中心",
      "职业技能鉴定中心",
    ],
    station: "劳动保障服务站",
  },
  {
    zh: "市场监督管理局",
    slug: "market-regulation",
    mission: "负责全县市场综合监督管理",
    functions: ["负责市场主体登记", "负责食品安全监管", "负责质量和计量监管"],
    projects: ["食品安全抽检", "特种设备安全监察", "计量检定", "知识产权保护", "市场主体登记注册"],
    indicators: [
      { name: "完成食品安全抽检", unit: "批次", category: "output.quantity", min: 300, max: 3000 },
      { name: "检验特种设备", unit: "台", category: "output.quantity", min: 200, max: 2500 },
      pct("投诉举报按时办结率"),
      { name: "新登记市场主体", unit: "户", category: "output.quantity", min: 1000, max: 9000 },
    ],
    units: [
      "检验检测中心",
      "计量检定测试所",
      "特种设备检验站",
      "市场监管综合行政执法大队",
      "消费者权益保护服务中心",
      "个体私营经济服务中心",
    ],
    station: "市场监督管理所",
  },
];

/** Townships, to name many projects of one kind apart ("修山镇农村公路提质改造"). */
export const TOWNSHIPS: readonly string[] = [
  "城关镇",
  "修山镇",
  "灰山港镇",
  "马迹塘镇",
  "松木塘镇",
  "大栗港镇",
  "武潭镇",
  "牛田镇",
  "鸬鹚渡镇",
  "三堂街镇",
  "石牛江镇",
  "沾溪镇",
  "高桥乡",
  "浮邱山乡",
  "杨林乡",
  "东坪镇",
  "梅城镇",
  "清塘铺镇",
  "羊角塘镇",
  "龙塘乡",
];

/** Village name stems, for projects in one village ("修山镇金竹村农村公路提质改造"). */
export const VILLAGES: readonly string[] = [
  "金竹",
  "高坪",
  "石桥",
  "新塘",
  "竹山",
  "白石",
  "桃花",
  "黄泥",
  "长岭",
  "龙潭",
  "枫树",
  "杨家",
  "李家",
  "大塘",
  "荷叶",
  "茶园",
  "柳林",
  "三星",
  "永兴",
  "和平",
  "红星",
  "青山",
  "双江",
  "五里",
  "清水",
  "团结",
  "凤形",
  "梅子",
  "樟树",
  "马鞍",
];

/** Stages of a project that runs over several years ("…（二期）"). */
export const PHASES: readonly string[] = ["一期", "二期", "三期", "续建"];
