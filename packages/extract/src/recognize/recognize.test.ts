import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer/index.js";
import { segment } from "../segment/index.js";
import { recognize } from "./index.js";

const gazetteer = loadGazetteer();
/** Entities recognised in a sentence, as "type name" strings. */
const found = (text: string) =>
  recognize(text, segment(text), gazetteer)
    .filter((c) => !c.nested)
    .map((c) => `${c.type} ${c.name}`);

describe("recognize", () => {
  it("finds places by full and short names", () => {
    expect(found("宝安区与广西凌云县携手，宝安的企业到凌云考察。")).toEqual([
      "district 宝安区",
      "province 广西壮族自治区",
      "county 凌云县",
      "district 宝安区",
      "county 凌云县",
    ]);
  });

  it("reads a short form that is an everyday word too (桂林) as the place when the article names it in full", () => {
    expect(found("桂林市与凌云县结对。桂林的企业到凌云考察。")).toEqual(["city 桂林市", "county 凌云县", "city 桂林市", "county 凌云县"]);
    expect(found("凌云县的干部到桂林考察。")).toEqual(["county 凌云县"]);
  });

  it("finds people after titles, in bylines and before reporting verbs", () => {
    expect(found("区委书记王建军到村里调研。")).toContain("person 王建军");
    expect(found("本报讯（记者 韦晓燕）")).toContain("person 韦晓燕");
    expect(found("新华社南宁5月3日电(黄 河 覃明理)扶贫工作有序推进。")).toEqual(
      expect.arrayContaining(["person 黄河", "person 覃明理"]),
    );
  });

  it("finds the central media by name (人民日报记者…), where no place opens the name", () => {
    expect(found("人民日报记者欧明、经济日报记者周小萍到凌云县采访。")).toEqual(
      expect.arrayContaining(["organization 人民日报", "organization 经济日报", "person 欧明", "person 周小萍"]),
    );
    expect(found("坚持实事求是的作风。")).toEqual([]);
  });

  it("reads a firm's trade (投资, 建设) inside its name, and no firm in its generic words alone", () => {
    expect(found("江城经济开发区投资集团有限公司在凌云县建厂。")).toContain("company 江城经济开发区投资集团有限公司");
    expect(found("该集团有限公司在凌云县建厂。")).not.toContain("company 集团有限公司");
  });

  it("makes a declared short form (以下简称“…”) one entity with the full name, wherever it occurs", () => {
    const text = "江城实业发展有限公司（以下简称“江实公司”）在凌云县投资。江实公司董事长欧明说，江实公司将扩大生产。";
    expect(found(text).filter((f) => f.startsWith("company"))).toEqual([
      "company 江城实业发展有限公司",
      "company 江城实业发展有限公司",
      "company 江城实业发展有限公司",
      "company 江城实业发展有限公司",
    ]);
  });

  it("finds organisations by their heads, with a left edge that stops at verbs and numbers", () => {
    expect(found("宝安区援建了凌云县第一小学和凌云县人民医院。")).toEqual(
      expect.arrayContaining(["school 凌云县第一小学", "hospital 凌云县人民医院"]),
    );
    expect(found("在县城建设一所现代化小学。").filter((f) => f.startsWith("school"))).toEqual([]);
    expect(found("当地企业积极参与。").filter((f) => f.startsWith("company"))).toEqual([]);
    expect(found("广州恒达农业科技有限公司落户田阳。")).toContain("company 广州恒达农业科技有限公司");
  });

  it("names party committees and governments after their place, also when they are joined", () => {
    const bodies = found("宝安区委区政府高度重视，凌云县政府积极配合。").filter((f) => f.startsWith("government"));
    expect(bodies).toEqual(["government 宝安区委", "government 宝安区人民政府", "government 凌云县人民政府"]);
  });

  it("reads province abbreviations only where they are places", () => {
    expect(found("粤桂协作成效明显。")).toEqual(["province 广东省", "province 广西壮族自治区"]);
    expect(found("代表团赴粤考察。")).toContain("province 广东省");
  });
});

describe("recognize: people after titles, in lists and bylines", () => {
  const people = (text: string) => found(text).filter((f) => f.startsWith("person")).map((f) => f.slice(7));

  it("reads a name after a title even where jieba splits it oddly, up to where the sentence goes on", () => {
    expect(people("公司总经理苏立杰一起参加。")).toEqual(["苏立杰"]);
    expect(people("州委副书记陆文涛等领导出席。")).toEqual(["陆文涛"]);
    expect(people("市委书记闫建民、市委副书记周平生先后陪同。")).toEqual(["闫建民", "周平生"]);
    // A given name jieba keeps as one word ends in 来 (赵东来), and a name jieba knows in two may go on before a list's 、.
    expect(people("区长赵东来陪同。")).toEqual(["赵东来"]);
    expect(people("县委书记韦德林、县长王建国出席。")).toEqual(["韦德林", "王建国"]);
    expect(people("县长王明来到村里。")).toEqual(["王明"]);
    // A Yi family name and a given name of two characters, whatever jieba made of them.
    expect(people("县委书记吉克石日，县长阿西木呷参加。")).toEqual(["吉克石日", "阿西木呷"]);
  });

  it("gives every member of a list the title before it", () => {
    expect(people("县领导韦明、黄立新、李华参加活动。")).toEqual(["韦明", "黄立新", "李华"]);
    expect(people("组长赖志明和组员谷玉芳陪同调研。")).toEqual(["赖志明", "谷玉芳"]);
    // A name jieba knows whole keeps a last character that could start the next word (强 of 强调).
    expect(people("瓜沥镇侨联主席陈国强表示欢迎。")).toEqual(["陈国强"]);
    // …up to a place, which opens the next item (董事长甲、乙县副县长丙).
    expect(people("杭州浩宇科技有限公司董事长赵刚、松潘县副县长钱明出席。")).toEqual(["赵刚", "钱明"]);
  });

  it("takes names without a Han surname whole after a title, without the preposition jieba glues to them", () => {
    expect(people("县委书记扎尔布向代表团介绍县情。")).toEqual(["扎尔布"]);
    expect(people("县委书记吉克阿呷表示欢迎。")).toEqual(["吉克阿呷"]);
    expect(people("县长阿依古丽出席。")).toEqual(["阿依古丽"]);
  });

  it("reads a name after a bracketed note on the title, a Yi name before a reporting verb, and a name whose last character jieba reads alone", () => {
    expect(people("县委常委、副县长（挂职）孙立平出席。")).toEqual(["孙立平"]);
    expect(people("县委副书记阿苏木呷说，要把工作做实。")).toEqual(["阿苏木呷"]);
    expect(people("会上，海来拉且表示感谢。")).toEqual(["海来拉且"]);
    expect(people("市政协副主席赵国强参加活动。")).toEqual(["赵国强"]);
  });

  it("names the organ of a hospital by the hospital, and a body after a fused 据 without it", () => {
    expect(found("在江口县，县人民医院党委书记、院长刘文华陪同。")).toEqual(expect.arrayContaining(["hospital 江口县人民医院"]));
    expect(found("在江口县，县人民医院党委书记、院长刘文华陪同。")).not.toEqual(expect.arrayContaining([expect.stringMatching(/医院党委$/)]));
    expect(found("江口县召开会议。据县乡村振兴局局长刘文华介绍。")).toContain("government 江口县乡村振兴局");
  });

  it("reads no village from a verb before 村 or a 村 that opens the next word (甲村开展村企结对)", () => {
    expect(found("惠州市海丰源实业有限公司与凌云县浩坤村开展村企结对。").filter((f) => f.startsWith("village"))).toEqual(["village 浩坤村"]);
  });

  it("reads a village the gazetteer lacks when the article writes it twice, but not a word that describes villages", () => {
    expect(found("甲镇与云岭村结对。甲镇为云岭村修路。")).toEqual(expect.arrayContaining(["village 云岭村"]));
    expect(found("甲镇与云岭村结对。")).not.toContain("village 云岭村");
    expect(found("重点村要发展。重点村要增收。")).not.toContain("village 重点村");
  });

  it("reads associations of people from one home place (乡贤会) and the titles of heads of schools", () => {
    expect(found("顺昌乡贤会捐款。")).toEqual(expect.arrayContaining([expect.stringMatching(/^organization .*乡贤会$/)]));
    expect(people("幼儿园园长陈丽华介绍。")).toEqual(["陈丽华"]);
  });

  it("reads an everyday character as a province's abbreviation only in a pair with a listed one", () => {
    expect(found("京宁两地协作不断深化。")).toEqual(expect.arrayContaining(["province 北京市", "province 宁夏回族自治区"]));
    expect(found("闽宁协作不断深化。")).toContain("province 宁夏回族自治区");
    expect(found("宁可少些，甘蔗丰收。")).not.toEqual(expect.arrayContaining([expect.stringMatching(/^province/)]));
  });

  it("gives every bare name of a counted list the head that ends it (甲和乙两所小学), but not describing words", () => {
    expect(found("协会在乡里选定坪坝和岩脚两所小学开展帮扶。")).toEqual(expect.arrayContaining(["school 坪坝小学", "school 岩脚小学"]));
    expect(found("城区和农村两所学校结对。")).not.toContain("school 城区学校");
  });

  it("does not read a reporting verb jieba fused with the given name into the name (朱/nr 明说/v)", () => {
    expect(found("盐田区教育科学研究院院长朱明说，两地教师交流频繁。")).toContain("person 朱明");
  });

  it("reads names after the deputies of teams and the ranks of researchers (副队长, 研究员)", () => {
    expect(found("惠州日报副总编辑黄海带队采访。")).toContain("person 黄海");
    expect(found("惠州市农业科学院研究员罗明在村里指导种植。")).toContain("person 罗明");
    expect(found("凌云县第一中学班主任韦丽丽带领学生参观。")).toContain("person 韦丽丽");
    expect(found("惠州市海丰源实业有限公司副经理陈小华在车间忙碌。")).toContain("person 陈小华");
    expect(found("凌云县泗城镇农技员罗小平在地里指导。")).toContain("person 罗小平");
  });

  it("reads a name written before its title", () => {
    expect(people("河湾小学宋明勇校长接过牌匾。")).toEqual(["宋明勇"]);
  });

  it("reads bylines with role words and several reporters", () => {
    expect(people("(全媒体记者何静 通讯员罗晓燕)日前，活动举行。")).toEqual(["何静", "罗晓燕"]);
    expect(people("(记者 吴晓岚 通讯员 邓雅琴/文 韦建平/图)9月13日")).toEqual(["吴晓岚", "邓雅琴", "韦建平"]);
    expect(people("校对 陆春燕")).toEqual(["陆春燕"]);
    // Without brackets, to the end of the line: a name split by a space is one.
    expect(people("来源:江城日报 记者 欧 明 通讯员 周小萍\n正文。")).toEqual(["欧明", "周小萍"]);
  });
});

describe("recognize: what is not a person", () => {
  it("does not read words after a title as names", () => {
    const people = (text: string) => found(text).filter((f) => f.startsWith("person"));
    expect(people("记者从县扶贫办了解到，书记高度重视。")).toEqual([]);
    expect(people("县长助理到场，主任医师会诊。")).toEqual([]);
    expect(people("书记高兴地说，县长和县委书记都来了。")).toEqual([]);
    expect(people("广东省选派71名干部来桂挂职。")).toEqual([]);
  });
});

describe("recognize: abbreviated bodies", () => {
  const bodies = (text: string) => found(text).filter((f) => /^(?:government|hospital|school|organization) /.test(f));

  it("names 县委, 县政府 and a district's offices after the place the article names", () => {
    expect(bodies("凤凰县的群众踊跃捐款。县委县政府统筹协调。")).toEqual(["government 凤凰县委", "government 凤凰县人民政府"]);
    expect(bodies("槐荫区委常委、区纪委书记、区监委主任刘志强带队。")).toEqual([
      "government 槐荫区委",
      "government 槐荫区纪委",
      "government 槐荫区监委",
    ]);
    expect(bodies("福田区派出医生。区人民医院医生甲、乙，区疾控中心丙到岗。")).toEqual([
      "hospital 福田区人民医院",
      "government 福田区疾控中心",
    ]);
  });

  it("names a body after a district whose name several cities have (铁东区 of 鞍山 and of 四平)", () => {
    expect(bodies("铁东区召开会议。区人民医院与抚远市人民医院建立结对帮扶关系。")).toEqual(["hospital 铁东区人民医院", "hospital 抚远市人民医院"]);
    expect(bodies("鼓楼区召开会议。区红十字会向海青镇中心小学捐赠图书。")).toEqual(["organization 鼓楼区红十字会", "school 海青镇中心小学"]);
  });

  it("names a commission by its full remit (区卫生健康委, 甲市卫生健康委)", () => {
    expect(bodies("铁东区召开会议。区卫生健康委主任王明说。")).toEqual(["government 铁东区卫生健康委"]);
    expect(bodies("抚远市卫生健康委副主任李红说。")).toEqual(["government 抚远市卫生健康委"]);
  });

  it("names a pairing's leading group after the level word (区东西部协作领导小组)", () => {
    expect(bodies("旅顺口区副区长、区东西部协作领导小组副组长王强带队。")).toEqual(["government 旅顺口区东西部协作领导小组"]);
  });

  it("names departments written by an abbreviation jieba does not know (县人社局, 县发改局局长)", () => {
    expect(bodies("凤凰县召开会议。县人社局局长刘志强介绍。县发改局局长王建国说。")).toEqual(["government 凤凰县人社局", "government 凤凰县发改局"]);
  });

  it("takes the nearest place of the level in the paragraph, and none for a body of several places", () => {
    expect(bodies("南山区与凌云县结对。\n凌云县召开会议，县委书记讲话。")).toContain("government 凌云县委");
    expect(bodies("福建、甘肃两省省委高度重视。")).toEqual([]);
  });

  it("gives the place of the first body to the departments listed after it", () => {
    expect(bodies("副市长带领南宁市协作办、卫健委、文旅局、教育局等单位考察。")).toEqual([
      "government 南宁市协作办",
      "government 南宁市卫健委",
      "government 南宁市文旅局",
      "government 南宁市教育局",
    ]);
  });

  it("does not write the level word twice in a department listed after a body of its place", () => {
    expect(bodies("盐田区商务局、区农业农村局联合举办展销会。")).toEqual(["government 盐田区商务局", "government 盐田区农业农村局"]);
  });

  it("keeps the place written short before the body in the name (松桃县教育局)", () => {
    expect(bodies("时任松桃县教育局局长的杨文斌看来")).toEqual(["government 松桃苗族自治县教育局"]);
  });
});

describe("recognize: organisations by head words", () => {
  const orgs = (text: string) => found(text).filter((f) => !/^(?:person|province|city|district|county|town|village) /.test(f));

  it("finds media, working groups, offices and sites by their heads", () => {
    expect(orgs("由江城日报、滨海晨报、山海导报等媒体组成。")).toEqual([
      "organization 江城日报",
      "organization 滨海晨报",
      "organization 山海导报",
    ]);
    expect(orgs("杭州援疆工作组组长陈刚介绍。")).toContain("government 杭州援疆工作组");
    expect(orgs("苏州市对口支援同仁市工作组积极协调。")).toContain("government 苏州市对口支援同仁市工作组");
    expect(orgs("实地考察了白云溪露营基地。")).toContain("park 白云溪露营基地");
  });

  it("separates two media joined by a dot and drops words before the name", () => {
    expect(orgs("云岭客户端·南海新闻网报道")).toEqual(["organization 云岭客户端", "organization 南海新闻网"]);
    expect(orgs("当场与石门村高山茶叶合作社签约。")).toContain("company 石门村高山茶叶合作社");
    expect(orgs("美姑县甲乡小学、乙乡小学和丙乡小学三所学校")).not.toContain("school 丙乡小学三所学校");
    expect(orgs("青岚药业控股集团有限公司董事局主席到场。")).toEqual(["company 青岚药业控股集团有限公司"]);
  });

  it("reads courts, departments named with 和, people's organisations and newsrooms by their heads", () => {
    expect(orgs("萧山区人民法院和萧山区人民检察院派出干警。")).toEqual(["government 萧山区人民法院", "government 萧山区人民检察院"]);
    expect(orgs("萧山区人力资源和社会保障局、萧山区农业农村局参加。")).toEqual(["government 萧山区人力资源和社会保障局", "government 萧山区农业农村局"]);
    expect(orgs("萧山区总工会和萧山区残联开展活动。")).toEqual(["organization 萧山区总工会", "organization 萧山区残联"]);
    expect(orgs("萧山区融媒体中心记者报道。")).toEqual(["organization 萧山区融媒体中心"]);
    expect(orgs("浙江省农业科学院专家到场。")).toEqual(["organization 浙江省农业科学院"]);
  });

  it("keeps 发展 inside a body's name and the people an association gathers", () => {
    expect(orgs("四川青禾农牧发展有限公司捐出物资。")).toEqual(["company 四川青禾农牧发展有限公司"]);
    expect(orgs("杭州市萧山区教育发展基金会出资。")).toEqual(["organization 杭州市萧山区教育发展基金会"]);
    expect(orgs("杭州市青年企业家协会捐赠物资。")).toEqual(["organization 杭州市青年企业家协会"]);
    expect(orgs("萧山区扶贫济困协会捐款。")).toEqual(["organization 萧山区扶贫济困协会"]);
    // …but a verb before a name is no part of it, and a site described by 发展 is no name.
    expect(orgs("推动发展基金会工作。")).toEqual([]);
  });

  it("reads bodies named for whom they help, departments whose remit is joined by 和, and more people's organisations", () => {
    expect(orgs("萧山区驻美姑县帮扶工作组组长陈刚介绍。")).toContain("government 萧山区驻美姑县帮扶工作组");
    expect(orgs("萧山区乡村振兴和协作交流局局长陈刚介绍。")).toContain("government 萧山区乡村振兴和协作交流局");
    expect(orgs("萧山区东西部协作和对口支援工作领导小组召开会议。")).toEqual(["government 萧山区东西部协作和对口支援工作领导小组"]);
    expect(orgs("萧山区教育局和卫健局派人参加。")).not.toContain("government 萧山区教育局和卫健局");
    expect(orgs("萧山区总商会和萧山区义工联捐赠物资。")).toEqual(["organization 萧山区总商会", "organization 萧山区义工联"]);
    // 和 between two places joins two bodies, and a pairing word alone names no body.
    expect(orgs("萧山区和美姑县教育局参加。")).not.toContain("government 萧山区和美姑县教育局");
    expect(orgs("成立帮扶工作组。")).toEqual([]);
  });

  it("reads police stations, disease control centres, workshops and halls of the pairing's programmes, and more papers", () => {
    expect(orgs("盐田区派出所所长王大力介绍。")).toEqual(["government 盐田区派出所"]);
    expect(orgs("凌云县疾病预防控制中心主任黄刚说。")).toEqual(["government 凌云县疾病预防控制中心"]);
    expect(orgs("凌云县泗城镇就业帮扶车间负责人说。")).toEqual(["park 凌云县泗城镇就业帮扶车间"]);
    expect(orgs("盐田区援建的凌云县乡村振兴工坊投产。")).toEqual(["park 凌云县乡村振兴工坊"]);
    expect(orgs("乐业县同乐镇消费帮扶馆开馆。")).toEqual(["park 乐业县同乐镇消费帮扶馆"]);
    expect(orgs("据中国青年报报道")).toEqual(["organization 中国青年报"]);
    // A workshop or hall without a name is none.
    expect(orgs("村里新建了帮扶车间。")).toEqual([]);
  });

  it("reads a party committee's 政法委 and a government's 人武部 and 对口办 by their heads", () => {
    expect(orgs("盐田区对口支援办和凌云县帮扶办联合召开会议。")).toEqual(["government 盐田区对口支援办", "government 凌云县帮扶办"]);
    expect(orgs("凌云县委办副主任黄明、盐田区委网信办主任李强出席。")).toEqual(["government 凌云县委办", "government 盐田区委网信办"]);
    // The united front's associations and offices (新阶联, 知联会, 同学会; 台办, 侨办, 外事办).
    expect(orgs("惠州市新阶联、惠州市知联会、惠州市欧美同学会和惠州市委台办联合开展活动。")).toEqual([
      "organization 惠州市新阶联",
      "organization 惠州市知联会",
      "organization 惠州市欧美同学会",
      "government 惠州市委台办",
    ]);
    expect(orgs("惠州市侨办、惠州市外事办参加。")).toEqual(["government 惠州市侨办", "government 惠州市外事办"]);
    // Branch schools and hospitals, clinics, and fire and traffic police brigades.
    expect(orgs("盐田区第一实验学校凌云分校与盐田区人民医院凌云分院联合义诊。")).toEqual([
      "school 盐田区第一实验学校凌云分校",
      "hospital 盐田区人民医院凌云分院",
    ]);
    expect(orgs("凌云县消防救援大队和凌云县泗城镇卫生所参加。")).toEqual(["government 凌云县消防救援大队", "hospital 凌云县泗城镇卫生所"]);
    // Schools attached to a university, weekly papers and radio, offices of representation, and sites by more heads.
    expect(orgs("惠州学院附中、惠州周刊和凌云县驻惠州代表处参加。")).toEqual([
      "school 惠州学院附中",
      "organization 惠州周刊",
      "government 凌云县驻惠州代表处",
    ]);
    expect(orgs("凌云县浩坤生态园和凌云县泗城镇白毫茶园迎来游客。")).toEqual(["park 凌云县浩坤生态园", "park 凌云县泗城镇白毫茶园"]);
    // Libraries, museums and halls of culture are organisations; a party committee's 研究室 is a body.
    expect(orgs("凌云县图书馆、凌云县博物馆和凌云县委政策研究室联合举办展览。")).toEqual([
      "organization 凌云县图书馆",
      "organization 凌云县博物馆",
      "government 凌云县委政策研究室",
    ]);
    expect(orgs("盐田区委政法委书记黄明、盐田区人武部部长李强到凌云县对口办调研。")).toEqual([
      "government 盐田区委政法委",
      "government 盐田区人武部",
      "government 凌云县对口办",
    ]);
  });

  it("reads branch companies, named mills and supply co-operatives as companies, and vocational education centres as schools", () => {
    expect(orgs("惠州市海丰源实业有限公司凌云分公司正式投产。")).toEqual(["company 惠州市海丰源实业有限公司凌云分公司"]);
    expect(orgs("凌云县浩坤茶厂负责人说。")).toEqual(["company 凌云县浩坤茶厂"]);
    expect(orgs("凌云县供销社签订协议。")).toEqual(["company 凌云县供销社"]);
    expect(orgs("凌云县浩坤民宿和凌云县泗城镇白云山庄接待游客。")).toEqual(["company 凌云县浩坤民宿", "company 凌云县泗城镇白云山庄"]);
    expect(orgs("凌云县职业教育中心签订协议。")).toEqual(["school 凌云县职业教育中心"]);
  });

  it("does not read a word jieba does not know but that only describes (驻村工作队) as a name", () => {
    expect(orgs("村里的驻村工作队到了。")).toEqual([]);
  });

  it("ends a workplace's name at the pairing verb before it (甲医院对口帮扶乙县人民医院)", () => {
    expect(orgs("盐田区人民医院对口帮扶凌云县人民医院、凌云县中医医院。")).toEqual([
      "hospital 盐田区人民医院",
      "hospital 凌云县人民医院",
      "hospital 凌云县中医医院",
    ]);
  });

  it("keeps a generic word inside an association's name a place opens, cuts the words describing a firm, and reads 中心校", () => {
    expect(orgs("萧山区社会扶贫协会会长陈刚说。")).toEqual(["organization 萧山区社会扶贫协会"]);
    expect(orgs("当地社会扶贫协会捐款。")).toEqual([]);
    expect(orgs("萧山区爱心企业浙江恒达实业有限公司捐赠。")).toEqual(["company 浙江恒达实业有限公司"]);
    expect(orgs("美姑县甲乙镇中心校校长陈刚说。").some((o) => o.startsWith("school ") && o.endsWith("镇中心校"))).toBe(true);
  });
});

describe("recognize: short forms of names the article gave in full", () => {
  const names = (text: string, type: string) => [...new Set(found(text).filter((f) => f.startsWith(`${type} `)).map((f) => f.slice(type.length + 1)))];

  it("reads a name without its leading places as the full name", () => {
    expect(names("广州市海珠区新港小学的老师来到这里。新港小学捐赠了图书。", "school")).toEqual(["广州市海珠区新港小学"]);
  });

  it("reads a firm's own name with a bare 公司 as the firm named before", () => {
    expect(names("广东揭阳丰源公司的王先生来考察。丰源公司决定投资，黔西丰源服装有限公司由此成立。", "company")).toEqual([
      "广东揭阳丰源公司",
      "黔西丰源服装有限公司",
    ]);
    expect(names("西藏粤康藏药产业有限公司和粤康集团参加。", "company")).toHaveLength(2);
  });

  it("reads a firm's own name used alone as the firm, also where jieba splits it in two", () => {
    const text = "珠海鑫星泰电器有限公司招工。鑫星泰的工人很多。";
    const firms = recognize(text, segment(text), gazetteer).filter((c) => c.type === "company");
    expect(firms.map((c) => [c.text, c.name])).toEqual([
      ["珠海鑫星泰电器有限公司", "珠海鑫星泰电器有限公司"],
      ["鑫星泰", "珠海鑫星泰电器有限公司"],
    ]);
    // A firm's own name jieba keeps in one word, and not a common word that opens a full name.
    expect(names("杭州浩宇科技有限公司捐赠物资，浩宇还承诺继续帮扶。", "company")).toEqual(["杭州浩宇科技有限公司"]);
    expect(found("杭州浩宇科技有限公司捐赠物资，浩宇还承诺继续帮扶。").filter((f) => f.startsWith("company"))).toHaveLength(2);
  });
});

describe("recognize: people named after words for people that are no office", () => {
  it("reads 学生X and 26岁的X as people", () => {
    const people = (text: string) => found(text).filter((f) => f.startsWith("person")).map((f) => f.slice(7));
    expect(people("四年级学生卢欣怡站在走廊上。")).toEqual(["卢欣怡"]);
    expect(people("今年26岁的杨光明来到工厂。")).toEqual(["杨光明"]);
    // Where jieba's words do not end the name, nothing is guessed (赵磊长长地… is not 赵磊长).
    expect(people("26岁的赵磊长长地舒了口气。")).not.toContain("赵磊长");
  });
});

describe("recognize: committees of the democratic parties and the League", () => {
  it("are organisations named as written, not the city's party committee", () => {
    const orgs = (text: string) => found(text).filter((f) => f.startsWith("organization") || f.startsWith("government"));
    expect(orgs("民盟烟台市委同村里签署协议，九三学社烟台市委会选定两所小学。")).toEqual([
      "organization 民盟烟台市委",
      "organization 九三学社烟台市委会",
    ]);
    expect(orgs("民盟烟台师范学院基层委员会推动支教。")).toEqual(["organization 民盟烟台师范学院基层委员会"]);
    expect(orgs("共青团凌云县委组织志愿者。")).toEqual(["organization 共青团凌云县委"]);
  });

  it("types the central people's organisations as organisations and the central bodies as government", () => {
    const orgs = (text: string) => found(text).filter((f) => f.startsWith("organization") || f.startsWith("government"));
    expect(orgs("全国工商联、团中央联合发起，民政部参加。")).toEqual(["organization 全国工商联", "organization 团中央", "government 民政部"]);
  });

  it("reads the parties' full names, the League's 团X委 and X团区委, and their chairs (主委)", () => {
    const orgs = (text: string) => found(text).filter((f) => f.startsWith("organization") || f.startsWith("government"));
    expect(orgs("中国民主同盟惠州市委员会向凌云县捐款。")).toEqual(["organization 中国民主同盟惠州市委员会"]);
    expect(orgs("民盟中央副主席张华、九三学社中央委员李明到凌云县调研。")).toEqual(["organization 民盟中央", "organization 九三学社中央"]);
    expect(orgs("团凌云县委书记黄丽说。")).toEqual(["organization 团凌云县委"]);
    expect(orgs("盐田区团区委发起募捐。")).toEqual(["organization 盐田区团区委"]);
    expect(found("台盟惠州市委会主委张华带队，副主委李明参加。")).toEqual(expect.arrayContaining(["person 张华", "person 李明"]));
    // A delegation (代表团) before a county's committee is no League committee.
    expect(orgs("考察团凌云县委书记黄丽陪同。")).not.toContain("organization 团凌云县委");
  });
});

describe("recognize: what is not an entity", () => {
  it("does not take a page's 来源:原创 for an outlet, nor 郊区 for a district", () => {
    const text = "来源:原创\n村子在城市郊区。";
    const source = { start: 3, end: 5, text: "原创", type: "organization" as const, name: "原创", priority: 7 };
    expect(recognize(text, segment(text), gazetteer, [source]).map((c) => c.name)).toEqual([]);
  });

  it("takes a quoted account or app before the word for it for a medium (“甲发布”微信公众号)", () => {
    expect(found("据“抚远发布”微信公众号消息，两地签署了协议。")).toContain("organization 抚远发布");
    expect(found("下载“旅顺口融媒”客户端即可观看。")).toContain("organization 旅顺口融媒");
    // A quoted word before anything else is not.
    expect(found("开展“抚远发布”活动。")).not.toContain("organization 抚远发布");
  });

  it("takes no quoted model of partners joined by a plus for a name (“甲企业+乙合作社”)", () => {
    expect(found("“铁东企业+抚远合作社”带动群众增收。").filter((f) => f.startsWith("company"))).toEqual([]);
    expect(found("推广“公司+合作社+农户”模式。").filter((f) => f.startsWith("company"))).toEqual([]);
    // A quoted name is still one.
    expect(found("“抚远蓝莓种植专业合作社”挂牌成立。")).toContain("company 抚远蓝莓种植专业合作社");
  });

  it("takes a page's source that names a government for a government, not a medium", () => {
    const text = "来源:凌云县人民政府\n凌云县召开大会。";
    const source = { start: 3, end: 10, text: "凌云县人民政府", type: "organization" as const, name: "凌云县人民政府", priority: 7 };
    const outlet = recognize(text, segment(text), gazetteer, [source]).find((c) => c.name === "凌云县人民政府");
    expect(outlet?.type).toBe("government");
  });
});

describe("recognize: towns and villages the gazetteer does not list", () => {
  it("reads a 乡 written right after its county, and a 村 right after its city", () => {
    expect(found("美姑县洛莫乡的孩子们")).toContain("town 洛莫乡");
    // Whatever jieba makes of the name: by its head word (乡, 镇, 街道) after the county or district.
    expect(found("美姑县巴古乡和金阳县苏日乡的学生")).toEqual(expect.arrayContaining(["town 巴古乡", "town 苏日乡"]));
    expect(found("历下区育英路街道的干部")).toContain("town 育英路街道");
    // An everyday word before 乡 or 镇 names no town.
    expect(found("荔波县贫困乡镇和荔波县重点镇").filter((f) => f.startsWith("town"))).toEqual([]);
    expect(found("民盟同安顺市周家寨村签署协议。")).toContain("village 周家寨村");
    expect(found("安顺市部分村开展活动。").filter((f) => f.startsWith("village"))).toEqual([]);
    // 驻 (posted to) is no part of the village's name.
    expect(found("萧山区驻林坡村第一书记赵强说。")).not.toContain("village 驻林坡村");
  });
});

describe("recognize: confidence", () => {
  it("follows how a mention was recognized", () => {
    const text = "凌云县委书记王建军说，宝安区援建了凌云茶叶产业园，李华表示满意。";
    const by = new Map(recognize(text, segment(text), gazetteer).filter((c) => !c.nested).map((c) => [c.name, c.confidence ?? -1]));
    expect(by.get("凌云县委")).toBeGreaterThanOrEqual(0.9);
    expect(by.get("宝安区")).toBeGreaterThan(by.get("凌云茶叶产业园")!);
    expect(by.get("王建军")).toBeGreaterThan(by.get("李华")!);
    for (const confidence of by.values()) expect(confidence).toBeGreaterThan(0), expect(confidence).toBeLessThanOrEqual(1);
  });
  it("reads no town in 乡村 (发展乡村旅游) and no person in a place's full name after a title (代表江口县)", () => {
    expect(found("湖塘镇投入资金，帮助云舍村发展乡村旅游。")).not.toContain("town 发展乡");
    expect(found("副县长何志远代表江口县接受捐赠。")).toEqual(["person 何志远", "county 江口县"]);
  });
  it("keeps in a name a character that opens no verb there (李明强参加), and cuts one that does (王明强调)", () => {
    expect(found("区委常委、常务副区长李明强参加。")).toContain("person 李明强");
    expect(found("区委书记王明强调要做好工作。")).toContain("person 王明");
  });
  it("reads a banner of a wing by its usual abbreviation (科右前旗), and media by 快报 and 卫视", () => {
    expect(found("科尔沁右翼前旗与武进区结对。科右前旗与武进区携手。").filter((f) => f === "county 科尔沁右翼前旗")).toHaveLength(2);
    expect(found("据江苏卫视报道，常州快报记者周晓峰到场。")).toEqual(expect.arrayContaining(["organization 江苏卫视", "organization 常州快报"]));
  });
});
