import { describe, expect, it } from "vitest";
import { joinBrokenParagraphs } from "./index.js";
import { TracedText } from "./traced-text.js";

const joined = (text: string) => {
  const traced = new TracedText();
  traced.appendVerbatim(text, 0);
  return joinBrokenParagraphs(traced).toString();
};

describe("joinBrokenParagraphs", () => {
  it("joins a sentence cut by a line break before a word or a number", () => {
    expect(joined("11月1日，旅顺口区向抚远市捐赠价值\n120万元的防寒物资。")).toBe("11月1日，旅顺口区向抚远市捐赠价值120万元的防寒物资。");
    expect(joined("在当天举行的协作工作座谈会上，旅顺口区委书记王强和抚远市委书记李红签订了\n合作协议。")).toBe(
      "在当天举行的协作工作座谈会上，旅顺口区委书记王强和抚远市委书记李红签订了合作协议。",
    );
  });

  it("keeps headings, bylines and metadata lines apart from the paragraph after them", () => {
    expect(joined("旅顺口区抚远市协作成果展\n11月1日，两地举行了展会。")).toBe("旅顺口区抚远市协作成果展\n11月1日，两地举行了展会。");
    expect(joined("记者 王强，通讯员 李红\n11月1日，两地举行了展会。")).toBe("记者 王强，通讯员 李红\n11月1日，两地举行了展会。");
    expect(joined("来源：抚远日报，时间：2023年11月\n两地举行了展会。")).toBe("来源：抚远日报，时间：2023年11月\n两地举行了展会。");
    expect(joined("一、产业帮扶，成效显著\n两地共建了产业园。")).toBe("一、产业帮扶，成效显著\n两地共建了产业园。");
    expect(joined("（二）劳务协作，稳岗就业\n两地举办了招聘会。")).toBe("（二）劳务协作，稳岗就业\n两地举办了招聘会。");
  });
});
