import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The holds_position (or works_for) relations of a short article, as "person → body (title)". */
function positions(text: string, type: "holds_position" | "works_for" = "holds_position"): string[] {
  return relationsOf(text)
    .filter((r) => r.relation.type === type)
    .map((r) => `${r.source} → ${r.target}${r.relation.title ? ` (${r.relation.title})` : ""}`);
}

describe("government titles after a party body named with its county", () => {
  it("holds the town head's post at the town, not at the county and town written together", () => {
    const found = positions("晋中市榆次区郭家堡乡党委书记刘志强，乡长陈晓东参加。郭家堡乡是个好地方。");
    expect(found).toEqual(expect.arrayContaining(["刘志强 → 榆次区郭家堡乡党委 (书记)", "陈晓东 → 郭家堡乡 (乡长)"]));
  });
});

describe("a chain joined to the name by 的 after a word of holding office", () => {
  it("reads 挂职 before the chain like 时任", () => {
    expect(positions("挂职榆社县副县长的刘志强说。")).toContain("刘志强 → 榆社县 (副县长)");
  });
});

describe("a workplace written right before a list of names", () => {
  it("gives works_for to each name of the list", () => {
    expect(positions("榆社县人民医院刘志强、陈晓东参加义诊。", "works_for")).toEqual(expect.arrayContaining(["刘志强 → 榆社县人民医院", "陈晓东 → 榆社县人民医院"]));
  });
  it("takes no single name after a workplace for a person", () => {
    expect(positions("榆社县人民医院刘志强参加义诊。", "works_for")).toEqual([]);
  });
});

describe("a place read inside a person's name", () => {
  it("is not the place a body written short belongs to", () => {
    const found = positions("榆社县委书记周永清，县委副书记、县长刘志强参加座谈。");
    expect(found).toEqual(expect.arrayContaining(["周永清 → 榆社县委 (书记)", "刘志强 → 榆社县委 (副书记)"]));
    expect(found.join()).not.toContain("永清县");
  });
});

describe("a hospital written short after the article named it with its county written short", () => {
  it("is the hospital named before, not a second one under the county's full name", () => {
    const found = positions("城步县人民医院开展义诊。县人民医院院长刘志强介绍了情况。");
    expect(found).toContain("刘志强 → 城步县人民医院 (院长)");
  });
});

describe("the body that sent someone inside a chain of posts", () => {
  it("holds no post, and the post before it is still read", () => {
    const found = positions("榆社县人民医院副院长、晋中市第一人民医院派驻专家刘志强说，他将留下一支队伍。");
    expect(found).toContain("刘志强 → 榆社县人民医院 (副院长)");
    expect(positions("榆社县人民医院副院长、晋中市第一人民医院派驻专家刘志强说。", "works_for")).toEqual(
      expect.arrayContaining(["刘志强 → 榆社县人民医院", "刘志强 → 晋中市第一人民医院"]),
    );
  });
});

describe("a chain after the name opened by an adverb and a verb of holding office", () => {
  it("reads 目前担任 after the comma like 担任", () => {
    expect(positions("晋中市教育局选派的骨干教师刘志强，目前担任榆社县第二中学副校长。")).toContain("刘志强 → 榆社县第二中学 (副校长)");
  });
});

describe("the workplace of a person sent to help", () => {
  it("is the hospital or school that 选派/派出 them, a title between or not", () => {
    expect(positions("瑞安市人民医院选派主任医师郑海波担任理塘县人民医院院长。", "works_for")).toContain("郑海波 → 瑞安市人民医院");
    expect(positions("瑞安市人民医院派出的医生郑海波在理塘县人民医院坐诊。", "works_for")).toContain("郑海波 → 瑞安市人民医院");
  });

  it("is not read over other words between the verb and the name", () => {
    expect(positions("瑞安市人民医院选派专家团队与郑海波一起前往理塘县。", "works_for")).toEqual([]);
  });
});

describe("乙医院的主治医师张三", () => {
  it("works there: a title after 的, without 来自 before the body", () => {
    expect(positions("其中顺义区医院的主治医师马俊峰在巴林右旗医院工作一年。", "works_for")).toContain("马俊峰 → 顺义区医院");
  });
});

describe("a note in brackets after a title (（挂职）)", () => {
  it("may close any item of a chain, not only the one before the name", () => {
    const found = positions("阳原县委副书记（挂职）、昌平区发改委副主任赵立群表示，阳原县发展很快。");
    expect(found).toContain("赵立群 → 阳原县委 (副书记)");
    expect(positions("阳原县委常委、副县长（挂职）赵立群讲话。阳原县发展很快。")).toEqual(expect.arrayContaining(["赵立群 → 阳原县委 (常委)", "赵立群 → 阳原县 (副县长)"]));
  });
});

describe("a second post after a verb of holding office (张三现任…)", () => {
  it("adds to the posts before the name; held on secondment it gives no works_for at the host", () => {
    const text = "宝坻区第一中学副校长刘晓燕现任秦安县第二中学副校长（挂职）。";
    expect(positions(text)).toEqual(expect.arrayContaining(["刘晓燕 → 宝坻区第一中学 (副校长)", "刘晓燕 → 秦安县第二中学 (副校长)"]));
    expect(positions(text, "works_for")).toEqual(["刘晓燕 → 宝坻区第一中学"]);
  });
});

describe("one sent to a host (甲医院派驻乙医院的挂职干部张三担任该院副院长)", () => {
  it("holds the post at the host and works for the sender only", () => {
    const text = "温岭市人民医院派驻册亨县人民医院的挂职干部陈海东担任该院副院长。";
    expect(positions(text, "works_for")).toEqual(["陈海东 → 温岭市人民医院"]);
    expect(positions(text).some((l) => l.startsWith("陈海东 → 册亨县人民医院"))).toBe(true);
  });
});

describe("a post held on secondment before the name (乙医院副院长（挂职）、甲医院骨科主任张三)", () => {
  it("gives the post at the host and no works_for there", () => {
    const text = "巫溪县人民医院副院长（挂职）、寿光市人民医院骨科主任王明华说，这里很好。";
    expect(positions(text, "works_for")).toEqual(["王明华 → 寿光市人民医院"]);
    expect(positions(text)).toContain("王明华 → 巫溪县人民医院 (副院长)");
  });
});

describe("张三来自甲小学", () => {
  it("works for the workplace right after 来自", () => {
    expect(positions("支教老师刘芳来自寿光市实验小学。", "works_for")).toEqual(["刘芳 → 寿光市实验小学"]);
  });
});

describe("a list of a hospital's people, each with a department of their own (probe-made)", () => {
  it("puts every member after the first in the hospital the first one names", () => {
    const text = "队员包括榆社县中医医院骨科医生刘志强、儿科护士长陈晓东、放射科主任王秀兰。";
    expect(positions(text, "works_for")).toEqual(expect.arrayContaining(["刘志强 → 榆社县中医医院", "陈晓东 → 榆社县中医医院", "王秀兰 → 榆社县中医医院"]));
    expect(positions(text)).toEqual(expect.arrayContaining(["陈晓东 → 榆社县中医医院 (护士长)"]));
  });
  it("gives no hospital to a list member whose body is no department (、统计局局长)", () => {
    expect(positions("榆社县中医医院骨科医生刘志强、统计局局长陈晓东出席。", "works_for")).not.toContain("陈晓东 → 榆社县中医医院");
  });
});

describe("a front command's chief (probe-made)", () => {
  it("holds 总指挥 at the command and the party post at the prefecture's committee", () => {
    expect(positions("榆社县援疆前方指挥部总指挥、榆社县委常委刘志强说。")).toEqual(expect.arrayContaining(["刘志强 → 榆社县援疆前方指挥部 (总指挥)", "刘志强 → 榆社县委 (常委)"]));
  });
});

describe("a post of the host held on secondment by one sent there (probe-made)", () => {
  it("holds 挂职副院长 at the host and works for the sender", () => {
    const text = "榆社县人民医院派驻泰来县人民医院的挂职副院长刘志强说，医院新开设了透析室。";
    expect(positions(text)).toContain("刘志强 → 泰来县人民医院 (挂职副院长)");
    expect(positions(text, "works_for")).toContain("刘志强 → 榆社县人民医院");
  });
  it("gives no post for words after 挂职 that are no title", () => {
    expect(positions("榆社县人民医院派驻泰来县人民医院的挂职期间刘志强说。").filter((p) => p.includes("挂职"))).toEqual([]);
  });
});
