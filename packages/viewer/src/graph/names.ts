/** Chinese names of the entity types, shown beside the English keys in the legend and the panel. */
export const ENTITY_NAMES: Record<string, string> = {
  province: "省级", city: "地级市", district: "市辖区", county: "县/县级市", town: "乡镇街道", village: "村/社区",
  person: "人物", company: "企业", school: "学校", hospital: "医院", government: "政府机构", organization: "组织/媒体", park: "园区/基地",
};

/** Chinese names of the relation types. */
export const RELATION_NAMES: Record<string, string> = {
  pairs_with: "结对帮扶", funds: "资金", builds: "援建", invests_in: "投资", agreement_with: "协议",
  holds_position: "任职", works_for: "供职", located_in: "位于",
};
