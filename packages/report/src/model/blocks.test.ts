import { describe, expect, it } from "vitest";
import { chineseNumeral, stripNumbering } from "./blocks.ts";
import { chineseDate } from "./text.ts";

describe("numbering helpers", () => {
  it("writes Chinese numerals for 一、…二十一、", () => {
    expect([1, 7, 10, 12, 20, 21].map(chineseNumeral)).toEqual([
      "一",
      "七",
      "十",
      "十二",
      "二十",
      "二十一",
    ]);
  });

  it("strips the numbering a heading was written with (seed 六、 mixes (1) and （三）)", () => {
    expect(stripNumbering("（1） 耕地“占补平衡”矛盾较为尖锐")).toBe("耕地“占补平衡”矛盾较为尖锐");
    expect(stripNumbering("(2) 涉土信访和诉讼案件日趋增加")).toBe("涉土信访和诉讼案件日趋增加");
    expect(stripNumbering("（三）受主客观因素影响，地灾防治面临新形势。")).toBe(
      "受主客观因素影响，地灾防治面临新形势。",
    );
    expect(stripNumbering("1、面对用地矛盾加大")).toBe("面对用地矛盾加大");
    expect(stripNumbering("2020年地灾防治")).toBe("2020年地灾防治");
  });

  it("writes dates the Chinese way (seed 落款 2021年5月20日)", () => {
    expect(chineseDate("2021-05-20")).toBe("2021年5月20日");
  });
});
