/**
 * What each lint rule checks, in Chinese: the one list of every rule id the
 * linter (src/lint/*) can emit, for reports that describe their rules (SARIF's
 * tool.driver.rules) and for anyone who wants the list. A test keeps it in
 * step with the ids used in src/lint.
 */

export interface RuleHelp {
  id: string;
  /** the default severity: 2 error, 1 warning (unverified-figure is an error with --strict) */
  severity: 1 | 2;
  /** one line: what is wrong */
  short: string;
  /** what the rule compares and how to correct the text */
  full: string;
}

export const RULE_HELP: readonly RuleHelp[] = [
  {
    id: 'rate-unit-missing', severity: 2,
    short: '增减率等比率缺少百分号',
    full: '“增长 13.95”这样的比率没有写“%”，读者无法判断是金额还是比率。请补上“%”；若数值也与数据不符，按报告给出的值改正。',
  },
  {
    id: 'score-over-100', severity: 2,
    short: '得分超过 100 分',
    full: '绩效自评得分以 100 分为满分，超过 100 分的得分不成立。请核对得分。',
  },
  {
    id: 'unknown-subject', severity: 1,
    short: '数据中没有说明所写的科目',
    full: '说明中带（类）/（款）/（项）的科目名称在决算表中找不到，或本部分对应的表（五：公开05表，七：公开07表，八：公开08表）中没有该项。其后的数字无法核对，不按所属的类核对，也不会被自动改正。已改名科目的旧名称（如“文化体育与传媒支出”，现为“文化旅游体育与传媒支出”）同样报告，并给出数据中的名称；其后的数字按该科目核对。请按决算表的科目名称改正，或在数据文件中补上该科目。',
  },
  {
    id: 'amount-mismatch', severity: 2,
    short: '金额与数据不符',
    full: '说明中的金额（本年、上年或某一科目的决算数）按其写出的位数四舍五入后，应与决算表或数据文件中的数相等。请按报告给出的应有值改正，或核对数据文件。',
  },
  {
    id: 'budget-mismatch', severity: 2,
    short: '预算数与数据不符',
    full: '说明中的年初预算数或全年预算数应与数据文件中的预算数相等。请按报告给出的应有值改正。',
  },
  {
    id: 'share-mismatch', severity: 2,
    short: '占比与数据不符',
    full: '占比由数据计算（部分 ÷ 整体，四舍五入到写出的位数），合计行的占比应为 100%。请按报告中的算式改正。',
  },
  {
    id: 'rank-mismatch', severity: 2,
    short: '“最大/最多/占比最高”等说法与数据的排序不符',
    full: '说某项“所占比例最大”“最多”“位居第一”（或“最少”）时，按数据中它所属的整体（一般公共预算财政拨款支出的各类、“三公”经费的三项、各项收入）排序核对；不是最大的，报告真正最大的一项。该句的数字不自动修正：改名称还是改说法，只有作者能定。',
  },
  {
    id: 'rank-unverified', severity: 1,
    short: '排序说法无法核对',
    full: '该项同属几个整体，在其中排序不同，文字没有说在哪一组中比较。请写明比较的范围。',
  },
  {
    id: 'change-mismatch', severity: 2,
    short: '增减额与数据不符',
    full: '增减额为本年决算数减上年决算数（或决算数减预算数）。请按报告中的算式改正。',
  },
  {
    id: 'change-rate-mismatch', severity: 2,
    short: '增减率与数据不符',
    full: '增减率为增减额除以上年决算数，四舍五入到写出的位数。请按报告中的算式改正。',
  },
  {
    id: 'completion-rate-mismatch', severity: 2,
    short: '预算完成率与数据不符',
    full: '完成率为决算数除以年初预算数（或全年预算数），四舍五入到写出的位数。请按报告中的算式改正。',
  },
  {
    id: 'count-mismatch', severity: 2,
    short: '个数与数据不符',
    full: '团组、人次、车辆、接待批次、项目个数、各等级个数等应与数据文件中的个数相等。',
  },
  {
    id: 'score-mismatch', severity: 2,
    short: '得分与数据不符',
    full: '绩效评价得分（含平均分）应与数据文件中的得分相等。',
  },
  {
    id: 'figure-mismatch', severity: 2,
    short: '数字与数据不符',
    full: '说明中的数字已对应到数据中的某一项，但与其值不相等。请按报告给出的应有值改正。',
  },
  {
    id: 'direction-mismatch', severity: 2,
    short: '增减方向词与数据不符',
    full: '增加/减少、增长/下降、持平等方向词应与数据中变动的正负一致。请按报告给出的词改正。',
  },
  {
    id: 'comparison-mismatch', severity: 2,
    short: '大于/小于/等于与数据不符',
    full: '“决算数大于（小于、等于）预算数”应与数据中决算数和预算数的大小关系一致。',
  },
  {
    id: 'zero-base-rate', severity: 2,
    short: '基数为 0 却写了比率',
    full: '上年数或预算数为 0 时，增减率、完成率无从计算，应写“不可比”或删去该比率。',
  },
  {
    id: 'truncated-figure', severity: 2,
    short: '数字是截位而非四舍五入的结果',
    full: '数字与数据只差在末位：它是直接舍去多余位数得到的，应四舍五入。请改为报告给出的值。',
  },
  {
    id: 'change-rate-inconsistent', severity: 2,
    short: '增减率与同段的金额、增减额不一致',
    full: '按同一段文字中的本年金额和增减额推算上年数，再算出的增减率与写出的不一致。数据确认了其余数字时，报告在数据缺少的那个数字上；只凭文字无法确定哪个数字有误时，报告一条错误，列出这些数字，不指认其中任何一个，也不给出修改。请核对这几个数字。',
  },
  {
    id: 'completion-rate-inconsistent', severity: 2,
    short: '完成率与同段的预算数、决算数不一致',
    full: '同一段文字中的决算数除以预算数，与写出的完成率不一致。数据确认了其余数字时，报告在数据缺少的那个数字上；只凭文字无法确定哪个数字有误时，报告一条错误，列出这些数字，不指认其中任何一个，也不给出修改。请核对这几个数字。',
  },
  {
    id: 'share-inconsistent', severity: 2,
    short: '占比与同段（同节）的金额和整体不一致',
    full: '一项的金额除以同一段（或本节前文）写出的整体金额，与写出的占比不一致（按文件金额的写法取位数）。数据确认了其余数字时，报告在数据缺少的那个数字上；只凭文字无法确定哪个数字有误时，报告一条错误，列出这些数字，不指认其中任何一个，也不给出修改。请核对这几个数字。',
  },
  {
    id: 'comparison-inconsistent', severity: 2,
    short: '“决算数大于/小于预算数”与同段写出的预算数、决算数不一致',
    full: '同一段文字写出了预算数和决算数，比较词（大于、小于、等于、持平）与这两个数的大小不符。请按两个数的大小改正比较词，或核对数字。',
  },
  {
    id: 'part-missing', severity: 1,
    short: '分项说明中缺少模板要求的组成部分',
    full: '“三公”经费分为因公出国（境）费、公务用车购置及运行维护费和公务接待费，公务用车购置及运行维护费分为购置费和运行维护费，基本支出分为人员经费和公用经费。某部分开始分项说明、却始终没有写出其中一项时报告（该项在文中别处写出、或数据中为 0 时不报告）。请补上这一项，为 0 也应写明。',
  },
  {
    id: 'listed-item-zero', severity: 2,
    short: '“主要包括”列出了公开06表中为 0 的项目',
    full: '人员经费、公用经费“主要包括”后列出的，应是公开06表中该部分有金额的项目。列出的项目在表中为 0，说明写了没有发生的支出。请删去该项目。',
  },
  {
    id: 'listed-item-missing', severity: 1,
    short: '“主要包括”漏列了公开06表中有金额的项目',
    full: '人员经费、公用经费“主要包括”后列出的，应是公开06表中该部分有金额的全部项目。列举没有以“等”结束、却漏列了表中有金额的项目时报告。请补上，或在列举后写“等”。',
  },
  {
    id: 'parts-sum-mismatch', severity: 2,
    short: '各项之和不等于合计',
    full: '同一段文字中各组成部分的金额相加，应等于写出的合计（每项容许 0.01 的尾数误差）；车辆等数量按用途相加，应恰好等于总数。数据确认了其余数字时，报告在数据缺少的那个数字上；只凭文字无法确定哪个数字有误时，报告一条错误，列出这些数字，不指认其中任何一个，也不给出修改。',
  },
  {
    id: 'shares-sum-mismatch', severity: 2,
    short: '各部分占比之和不等于 100%',
    full: '同一整体各组成部分的占比相加应为 100%（每项容许 0.01 个百分点的尾数误差）。',
  },
  {
    id: 'share-over-100', severity: 2,
    short: '占比超过 100%',
    full: '部分不能大于整体，占比不能超过 100%。',
  },
  {
    id: 'subset-exceeds-superset', severity: 2,
    short: '部分大于整体',
    full: '“其中”项（如授予小微企业的合同金额）不能大于它所属的整体（如授予中小企业的合同金额）。',
  },
  {
    id: 'parts-exceed-whole', severity: 2,
    short: '几个部分之和大于整体',
    full: '同属一个整体的几个部分（如预留项目和其他项目中由中小企业中标成交的采购金额）相加不能大于这个整体（如政府采购金额）。',
  },
  {
    id: 'reason-contradicts-change', severity: 2,
    short: '原因说明与变动方向相反',
    full: '解释增加的原因中只出现“减少”等相反方向的词（或反之），请核对原因说明。原因中两个方向都有（如“退休人员增加、在职人员经费相应减少”）时不报；不自动修改原因说明。',
  },
  {
    id: 'placeholder', severity: 2,
    short: '待补充内容尚未填写',
    full: '草稿中的【待补充：…】是起草时数据缺少的内容，发布前应填写。',
  },
  {
    id: 'template-leftover', severity: 2,
    short: '模板残留',
    full: '公开模板中的二选一写法（增加（减少））、占位（XX局、XX 万元）、不完整的年份（202 年度）或缺少数字（占 %）未按实际内容替换。',
  },
  {
    id: 'garbled-direction', severity: 1,
    short: '方向词自相矛盾',
    full: '“大小于”“增加减少”等写法自相矛盾，应按数据保留其一。',
  },
  {
    id: 'wrong-year', severity: 2,
    short: '年份有误',
    full: '说明中作为期间的年份（数字所属的年度、年末日期、比较的基期、标题）只能是本年度或上年度；与上年比较时应为上一年，与预算比较时应为本年。事件的日期（购置、组建、支付的年份，“起”“以来”，书名中的年份）不核对。',
  },
  {
    id: 'unverified-figure', severity: 1,
    short: '无法核对的数字',
    full: '这个数字未能对应到数据中的任何一项，也无法由同段文字核对。请确认它说的是什么，或补充数据；加 --strict 时作为错误。',
  },
  {
    id: 'unit-inconsistent', severity: 1,
    short: '金额单位与上下文不一致',
    full: '同一段中多数金额以一种单位（元或万元）书写，这一个却用了另一种，常见于从报表复制时的笔误（如全文为元，某处写成 0.00 万元）。请核对单位。',
  },
  {
    id: 'direction-conflict', severity: 2,
    short: '同一句中方向词自相矛盾',
    full: '同一句话对同一事项既说增加/减少，又说持平（如“减少为 0.00 万元，与上年持平”），或增减额与增减率方向相反（如“增加 35.22 万元，下降 2.36%”）。请按数据保留其一。',
  },
  {
    id: 'absence-mismatch', severity: 2,
    short: '说“没有”的事项，数据中不为 0',
    full: '“本年度无因公出国（境）费支出”“……费用没有”“故本表无数据”、表格中只写“无”的单元格，说的是该项为 0；数据（review 时为文件自己的表）中这一项却不为 0，'
      + '多半是沿用上年的模板文字。只在文字紧挨着名称、能唯一对应一项时核对（本年度的决算数，写明“预算”“人数”“团组”时为预算数或人数），数据为 0 时算作已核对。'
      + '不自动改正：请按数据改写这句话。',
  },
  {
    id: 'unused-suppression', severity: 1,
    short: '屏蔽注释没有屏蔽任何问题',
    full: '<!-- juesuan-disable… --> 注释所指的位置已没有它要屏蔽的问题（多半是文字已改正），可以删除这条注释。',
  },
  {
    id: 'empty-document', severity: 1,
    short: '文档是空的',
    full: '文档没有任何文字（或只有 front matter、空白），没有可审校的内容。多半是选错了文件，或草稿尚未写入。',
  },
  {
    id: 'no-part3', severity: 1,
    short: '文档中没有第三部分的内容',
    full: '文档有文字，但既没有数字，也没有可识别的第三部分小节标题（如“一、收入支出决算总体情况说明”），审校没有核对任何内容。请确认选对了文件；第三部分的说明应按决算公开模板的小节书写。',
  },
];

const BY_ID = new Map(RULE_HELP.map((r) => [r.id, r]));

export function ruleHelp(id: string): RuleHelp | undefined {
  return BY_ID.get(id);
}
