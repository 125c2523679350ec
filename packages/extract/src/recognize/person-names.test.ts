import { describe, expect, it } from "vitest";
import { foundIn, namesOf } from "./test-support/candidates-of.js";

const people = (text: string) => namesOf(text, "person");

describe("names whose parts a dot joins", () => {
  it("are read whole, up to the verb or title after them", () => {
    expect(people("镇党委书记艾山江·吐尔洪说，合作成效明显。")).toEqual(["艾山江·吐尔洪"]);
    expect(people("副县长买买提·艾力介绍了项目情况。")).toEqual(["买买提·艾力"]);
  });
  it("take the dot as pages write it", () => {
    expect(people("县长买买提•艾力表示，将继续推进。")).toEqual(["买买提•艾力"]);
  });
  it("leave a name without a dot as it was", () => {
    expect(people("区委书记王建军说，要抓好落实。")).toEqual(["王建军"]);
  });
});

describe("a name jieba split into its surname and given name", () => {
  it("is read before a title written after names (先生, 女士)", () => {
    expect(people("旅居海外的乡贤黄志远先生回乡投资。")).toEqual(["黄志远"]);
  });
});

describe("a name jieba broke into words, before a preposition that opens what the person does", () => {
  it("reads the surname and two characters after an office (张/q 立新/d 就…)", () => {
    expect(people("县卫生健康局局长张立新就两地医疗协作进行了座谈。")).toEqual(["张立新"]);
    expect(people("县卫生健康局局长张立新向考察团介绍了情况。")).toEqual(["张立新"]);
  });
  it("reads no name where the characters after the office are words of the sentence", () => {
    expect(people("县卫生健康局局长就两地医疗协作进行了座谈。")).toEqual([]);
  });
});

describe("a name joined to its office by 的", () => {
  it("reads the name jieba tags as one (现任乙镇党委副书记的张三)", () => {
    expect(people("现任三堆镇党委副书记的沈佳豪，已在当地工作两年。")).toEqual(["沈佳豪"]);
    expect(people("时任三堆镇党委副书记的王建军，已在当地工作两年。")).toEqual(["王建军"]);
  });
  it("reads no name from the words of the sentence after 的", () => {
    expect(people("在镇党委书记的带领下，村民增收。")).toEqual([]);
    expect(people("听取了县长的讲话。")).toEqual([]);
  });
});

describe("names after a doctor's rank that a department opens (probe-made)", () => {
  it("reads the name after 心内科主任医师 and 外科医师", () => {
    expect(people("团队由宜兴市人民医院心内科主任医师葛长青带队。")).toEqual(["葛长青"]);
    expect(people("外科医师汤立文介绍了病情。")).toEqual(["汤立文"]);
  });
});

describe("Tibetan names of two or three parts after an office (probe-made)", () => {
  it("reads them whole however jieba broke them", () => {
    expect(people("驻村第一书记巴桑次仁介绍，村里已建成合作社。")).toEqual(["巴桑次仁"]);
    expect(people("乡党委副书记、乡长才让多杰表示，将继续推进项目。")).toEqual(["才让多杰"]);
  });
  it("reads each name of a list whole", () => {
    expect(people("副县长扎西次仁、多杰才让出席。")).toEqual(["扎西次仁", "多杰才让"]);
  });
});

describe("names after the posts of a ministry's department and of a front command (probe-made)", () => {
  it("reads the name after 副司长, 总指挥 and 指挥长", () => {
    expect(people("国家某局综合司副司长刘东升出席。")).toEqual(["刘东升"]);
    expect(people("前方指挥部总指挥、州委副书记王立新说。")).toContain("王立新");
    expect(people("指挥长陈建国介绍了项目。")).toEqual(["陈建国"]);
  });
});

describe("a title's last character that jieba fused with the surname after it into a place (probe-made)", () => {
  it("reads the title and the name, not the place (院长葛某某 is no 长葛市, 校长宁某某 no 长宁区)", () => {
    expect(people("院长葛长青说。")).toEqual(["葛长青"]);
    expect(people("泰来县第一中学校长宁志强说。")).toEqual(["宁志强"]);
    expect(foundIn("院长葛长青说。").some((f) => f.startsWith("county"))).toBe(false);
  });
  it("still reads the place where no title comes before it", () => {
    expect(foundIn("长葛市与某县结对。")).toContain("county 长葛市");
  });
  it("reads a town and its village, not 镇长 and a person (柳沟镇长安村)", () => {
    const found = foundIn("安阳街道帮扶剑阁县柳沟镇长安村。");
    expect(found).toEqual(expect.arrayContaining(["town 柳沟镇", "village 长安村"]));
    expect(people("安阳街道帮扶柳沟镇长安村。")).toEqual([]);
  });
});

describe("a name whose last character jieba fused with the reporting verb after it (probe-made)", () => {
  it("reads 副县长安立军说 (安立/v 军说/x) as 安立军", () => {
    expect(people("副县长安立军说。")).toEqual(["安立军"]);
  });
});

describe("a reporting verb jieba keeps whole after a surname", () => {
  it("is no given name (书记李/nr 强调/v reads no 李强调)", () => {
    expect(people("县委书记李强调，要抓好落实。")).toEqual([]);
  });
  it("leaves a name before the verb as it was", () => {
    expect(people("县委书记王明强调，要抓好落实。")).toEqual(["王明"]);
  });
});

describe("a name whose last character jieba fused with the word of going after it", () => {
  it("reads the whole name (陈立/x 明到/x 乙医院)", () => {
    expect(people("专家陈立明到丹寨县人民医院开展帮扶。")).toEqual(["陈立明"]);
  });
});

describe("a name of two characters padded with a space after a title (书记刘　强)", () => {
  it("is read without the space, with an ASCII, no-break or ideographic space", () => {
    expect(people("抚远市委书记刘 强参加座谈。")).toEqual(["刘强"]);
    expect(people("抚远市委书记刘\u00a0强参加座谈。")).toEqual(["刘强"]);
    expect(people("县领导刘　强、王　伟、李红梅出席。")).toEqual(["刘强", "王伟", "李红梅"]);
  });
  it("needs a surname and a name that ends there", () => {
    expect(people("抚远市委书记 和县长出席。")).toEqual([]);
    expect(people("主持人刘 主任宣布开会。")).toEqual([]);
  });
});

describe("a name that is also a word of the dictionary, after an office", () => {
  it("is read when a verb that follows names or a list's mark comes right after it (书记马力说, 县长万里、)", () => {
    expect(people("镇党委书记马力说，将继续推进。")).toEqual(["马力"]);
    expect(people("县长万里、副县长钱多多出席。")).toEqual(["万里", "钱多多"]);
  });
  it("is not read before the end of a sentence or a noun (县长信箱, 书记项目推进会)", () => {
    expect(people("欢迎写信到县长信箱。")).toEqual([]);
    expect(people("县委书记项目推进会召开。")).toEqual([]);
  });
});

describe("a compound surname and a given name of two characters jieba broke (欧阳明/nr 远/a)", () => {
  it("is read whole before a verb that opens a longer word (主持会议)", () => {
    expect(people("县委常委、副县长欧阳明远主持会议。")).toEqual(["欧阳明远"]);
  });
});
