/**
 * Shared meanings that scenario triggers name as "@concept": each is the ways agents put one idea,
 * in Chinese and English. English words match whole words with their endings ("receive" matches
 * "received", "receiving"); "*" ends a prefix ("notar*"); Chinese matches inside the text, and
 * "…" in a Chinese phrase stands for up to six characters in between ("收到…短信").
 */
export const CONCEPTS: Record<string, readonly string[]> = {
  // Time
  recent: ['recent', 'recently', 'lately', 'last few days', 'past few days', 'this week', 'last week', 'these days', '最近', '近期', '这几天', '前几天', '这两天', '近来', '这段时间'],
  when: ['when', 'what time', 'what day', 'which day', 'what date', 'how long ago', 'how long', 'date', 'time', '什么时候', '哪天', '几号', '几点', '多久', '哪一天', '日期', '时间', '多长时间', '啥时候', '何时'],
  deadline: ['deadline', 'by when', 'latest', 'due', 'cut-off', 'cutoff', 'what time', 'before', '截止', '最晚', '期限', '到期', '几点前', '几点之前', '之前', '时限'],
  'month-end': ['end of the month', 'end of july', 'month end', 'last few days of', 'last day', '31st', '31', '月底', '月末', '最后几天', '最后一天', '31号', '31日'],
  // Asking for more / open questions
  exact: ['exact', 'exactly', 'word for word', 'precise', 'full', 'specific', 'specifically', '具体', '原话', '完整', '一字不差', '确切'],
  abroad: ['abroad', 'overseas', 'foreign', 'international', 'outside china', 'outside the country', 'travel', 'travelled', 'traveled', 'trip', 'holiday', 'vacation', 'bangkok', 'thailand', '境外', '国外', '海外', '出国', '出境', '旅游', '旅行', '外国', '泰国', '曼谷'],
  // Money
  amount: ['how much', 'amount', 'sum', 'total', 'figure', 'price', 'cost', 'how many', '多少钱', '金额', '多少', '数额', '总共', '一共', '价格', '几千', '几万'],
  money: ['money', 'funds', 'balance', 'cash', 'savings', 'yuan', 'rmb', '钱', '资金', '余额', '存款', '款', '积蓄'],
  spend: ['spend', 'spent', 'splash out', 'splashed out', 'purchase', 'buy', 'bought', 'pay for', 'paid for', 'payment', 'transaction', 'charge', 'swipe', 'use the card', 'used the card', 'use your card', 'used your card', 'shopping', '消费', '刷卡', '买', '购买', '付款', '支付', '交易', '花', '用卡', '刷', '购物'],
  large: ['large', 'big', 'bigger', 'unusual', 'expensive', 'a lot', 'significant', 'major', 'out of the ordinary', 'high-value', '大额', '大笔', '异常', '较大', '比较大', '不寻常', '大金额', '贵'],
  deducted: ['deducted', 'deduct', 'debit', 'debited', 'charged', 'taken', 'gone', 'missing', 'lost', 'went out', 'disappeared', 'withdrawn', '扣', '扣款', '扣钱', '少了', '损失', '支出', '动账', '转走', '划走', '不见', '被盗刷', '盗刷'],
  // Messages and contact
  receive: ['receive', 'received', 'get', 'got', 'come through', 'came through', 'arrive', 'arrived', 'see', 'saw', 'notice', 'noticed', '收到', '接到', '来过', '看到', '有没有…短信', '有没有…通知', '有没有…电话'],
  message: ['text', 'texts', 'text message', 'sms', 'message', 'notification', 'alert', 'reminder', 'notice', 'email', '短信', '通知', '消息', '提醒', '信息', '邮件'],
  call: ['call', 'called', 'phone call', 'ring', 'rang', 'voicemail', 'missed call', '电话', '来电', '打电话', '打过电话', '未接'],
  'from-bank': ['from us', 'from the bank', 'from huaxin', 'the bank', 'huaxin', '95388', '银行', '我行', '华信', '官方'],
  contact: ['contact', 'contacted', 'get in touch', 'got in touch', 'in touch', 'been in touch', 'spoke to', 'spoke with', 'speak with', 'reach', 'reached', 'speak to', 'spoken to', 'talk to', 'talked to', 'call', 'called', 'email', 'emailed', 'message', 'messaged', '联系', '找过', '打过电话', '沟通', '问过', '联络', '找', '问'],
  // Cards, phones, possession
  card: ['card', 'debit card', 'credit card', '卡', '银行卡', '借记卡', '信用卡'],
  possession: ['still have', 'still got', 'with you', 'on you', 'in your wallet', 'in your possession', 'lose', 'lost', 'lend', 'lent', 'anyone else', 'someone else', 'stolen', 'misplace', 'borrowed', 'out of your sight', '身边', '在您手上', '在你手上', '在手上', '手里', '丢', '借给', '别人', '他人', '被盗', '还在', '遗失', '离过身'],
  phone: ['phone', 'phone number', 'mobile', 'mobile number', 'number', 'handset', '手机', '手机号', '手机号码', '电话号码', '号码', '预留'],
  changed: ['change', 'changed', 'same', 'still', 'new', 'different', 'switch', 'switched', '换过', '变更', '更换', '还是', '变过', '换了', '换号', '改过', '一样'],
  // Alternatives
  'other-way': ['another card', 'other card', 'other account', 'another account', 'another way', 'other way', 'alternative', 'other means', 'other option', 'someone else pay', 'other bank', '别的卡', '其他卡', '其他账户', '别的账户', '别的办法', '其他方式', '别的方式', '其他渠道', '其他银行', '别的银行', '其他办法'],
  // Orders and goods
  order: ['order', 'order number', 'order id', 'order details', '订单', '订单号', '单号', '订单编号'],
  delivered: ['arrive', 'arrived', 'deliver', 'delivered', 'delivery', 'sign for', 'signed for', 'receive the parcel', 'received the parcel', 'got the parcel', 'parcel', 'package', '到货', '签收', '收到货', '送到', '快递', '到的', '收货', '收到的', '送来'],
  photo: ['photo', 'photos', 'picture', 'pic', 'image', 'video', 'screenshot', '照片', '图片', '拍', '视频', '截图'],
  packaging: ['box', 'packaging', 'package', 'original packing', 'carton', 'wrapping', '包装', '盒子', '箱子', '外箱', '外包装'],
  keep: ['keep', 'kept', 'still have', 'throw away', 'threw away', 'hold on to', 'discard', '保留', '留着', '还在', '扔', '丢掉'],
  coupon: ['coupon', 'voucher', 'discount', 'promo code', 'paid', 'pay', 'payment method', '优惠券', '券', '实付', '付了', '折扣', '满减'],
  merchant: ['merchant', 'seller', 'shop', 'store', 'retailer', 'website', 'vendor', '商户', '商家', '卖家', '店家', '网店', '店铺', '商城'],
  receipt: ['receipt', 'slip', 'sales slip', 'proof', 'evidence', 'screenshot', 'record', 'invoice', 'documentation', '小票', '签购单', '凭证', '证据', '截图', '记录', '发票', '单据', '证明'],
  tracking: ['tracking', 'tracking number', 'courier', 'shipment', 'shipping', 'logistics', 'return label', '物流', '运单', '快递单', '退货单', '寄回'],
  // Statements and loans
  statement: ['statement', 'bill', 'billing', 'repayment', 'repay', 'due date', 'pay back', 'payment due', 'minimum payment', '账单', '还款', '账单日', '还款日', '最后还款日', '出账'],
  loan: ['loan', 'borrow', 'borrowed', 'e-loan', 'credit line', '贷款', '借款', '借', '信e贷', '信E贷'],
  term: ['term', 'tenure', 'months', 'instalment', 'instalments', 'installment', 'installments', 'period', 'years', '期限', '期数', '分期', '几期', '多少期', '年限', '期'],
  contract: ['contract', 'agreement', 'terms', 'terms and conditions', 'sign', 'signed', 'clause', 'fine print', 'read', '合同', '协议', '条款', '签', '签署', '签的'],
  advisor: ['relationship manager', 'manager', 'advisor', 'adviser', 'staff', 'someone', 'recommend', 'recommended', 'explain', 'explained', 'told you', 'sold', 'introduced', '客户经理', '经理', '工作人员', '推荐', '介绍', '说明', '讲', '解释'],
  why: ['why', 'reason', 'what for', 'purpose', 'plan', 'planning', 'intend', 'use it for', '为什么', '原因', '打算', '用途', '计划', '干什么用', '做什么', '干嘛', '为啥'],
  source: ['where the money', 'where is the money coming', 'source', 'come from', 'comes from', 'coming from', 'funds', 'savings', 'income', 'salary', '资金来源', '钱从哪', '哪来的', '收入', '工资', '积蓄', '来源'],
  // Accounts, registration, promotions
  register: ['register', 'registered', 'registration', 'sign up', 'signed up', 'enrol', 'enrolled', 'join', 'joined', 'opt in', 'opted in', '报名', '登记', '注册', '参加', '参与'],
  promo: ['promotion', 'campaign', 'cashback', 'cash back', 'offer', 'promo', 'event', 'reward', '活动', '返现', '优惠', '返利'],
  posting: ['post', 'posted', 'posting', 'posting date', 'booked', 'clear', 'cleared', 'settle', 'settled', 'pending', '入账', '记账', '入账日期', '到账', '清算'],
  // Apps and devices
  error: ['error', 'message', 'say', 'says', 'show', 'shows', 'pop up', 'popped up', 'display', 'displays', 'screen', 'code', 'prompt', '报错', '提示', '显示', '弹出', '错误', '页面'],
  camera: ['camera', 'permission', 'permissions', 'allow', 'access', 'settings', '相机', '摄像头', '权限', '允许', '设置'],
  face: ['face', 'face scan', 'facial', 'face recognition', 'face id', 'face login', 'selfie', 'liveness', '人脸', '刷脸', '面部', '人脸识别', '脸'],
  install: ['install', 'installed', 'download', 'downloaded', 'transfer', 'transferred', 'migrate', 'migrated', 'moved', 'clone', 'cloned', 'set up', 'setup', 'app store', 'restore', 'copied', 'backup', '安装', '下载', '迁移', '克隆', '搬家', '换机', '装', '导过来', '转过来', '备份'],
  device: ['phone', 'new phone', 'device', 'new device', 'handset', '新手机', '新机', '新设备', '手机', '设备'],
  app: ['app', 'application', 'mobile banking', 'the app', '软件', 'app', '手机银行', '客户端', '应用'],
  password: ['password', 'login password', 'passcode', 'pin', '密码', '登录密码', '交易密码', '支付密码'],
  remember: ['remember', 'know', 'recall', 'forgot', 'forget', '记得', '知道', '忘', '想得起'],
  // People and papers
  holder: ['her', 'she', 'your mother', 'your mum', 'your mom', 'mother', 'mum', 'mom', 'the account holder', 'account holder', 'the holder', 'the cardholder', 'cardholder', 'account', '她', '您母亲', '你母亲', '您妈妈', '你妈', '老人', '持卡人', '户主', '账户', '老太太', '阿姨', '老人家', '母亲'],
  dob: ['date of birth', 'birthday', 'born', 'birth date', 'dob', 'year of birth', 'how old', '出生', '生日', '出生日期', '哪年', '年龄', '多大', '几岁'],
  attorney: ['power of attorney', 'authorisation', 'authorization', 'authorised', 'authorized', 'authorise', 'authorize', 'notar*', 'notary', 'guardian', 'guardianship', 'letter of authority', 'proxy', 'mandate', '委托书', '授权', '公证', '委托', '监护', '代理'],
  papers: ['document', 'documents', 'paperwork', 'papers', 'certificate', 'proof', 'id', '文件', '材料', '证明', '手续', '证件', '资料'],
  whose: ['whose', 'which number', 'what number', 'new number', 'whose number', 'belong', 'belongs', 'registered to', 'in whose name', 'who owns', '谁的', '哪个号', '新号', '号码是', '是谁', '本人的'],
  family: ['brother', 'sister', 'sibling', 'siblings', 'mother', 'father', 'family', 'heir', 'heirs', 'will', 'relatives', 'children', 'spouse', 'wife', 'husband', 'anyone else', '兄弟', '姐妹', '母亲', '父亲', '家人', '继承人', '遗嘱', '亲属', '子女', '配偶', '其他人', '家里'],
  passbook: ['passbook', 'deposit book', 'certificate of deposit', 'time deposit', 'card', 'cards', 'account', 'accounts', 'savings book', '存折', '存单', '卡', '账户', '定期'],
  'death-papers': ['death certificate', 'hukou', 'household register', 'household registration', 'proof of relationship', 'birth certificate', 'id card', 'documents', 'paperwork', '死亡证明', '户口本', '户口簿', '亲属关系证明', '关系证明', '出生证明', '身份证', '材料', '证件'],
  withdraw: ['withdraw', 'withdrawal', 'withdrew', 'atm', 'take out', 'took out', 'use the card', 'used the card', 'tried', 'pin', 'password', '取钱', '取款', '用过', '取过', '密码', '试过', '取出来'],
  // Planning
  save: ['save', 'saving', 'savings', 'set aside', 'put aside', 'each month', 'per month', 'monthly', 'budget', 'afford', 'spare', '每个月', '每月', '存', '攒', '预算', '能拿出', '结余', '存下'],
  risk: ['risk', 'loss', 'lose', 'losing', 'fall', 'falls', 'drop', 'drops', 'volatility', 'go down', 'goes down', 'down', '风险', '亏', '亏损', '下跌', '波动', '赔', '跌'],
  experience: ['experience', 'invested', 'invest before', 'bought before', 'funds', 'stocks', 'shares', 'investments', 'ever bought', 'ever invested', '经验', '以前买过', '投资过', '炒股', '基金', '理财', '股票', '买过'],
  target: ['target', 'goal', 'aim', 'how much do you need', 'how much you need', 'study abroad', 'university', 'college', 'overseas', 'in china', 'tuition', '目标', '准备多少', '出国', '留学', '国内', '大学', '学费', '需要多少'],
  finances: ['rent', 'mortgage', 'debt', 'debts', 'loan', 'loans', 'expenses', 'spending', 'income', 'earn', 'emergency', 'outgoings', 'bills', '房租', '房贷', '负债', '欠款', '开销', '开支', '收入', '应急', '备用金', '花销', '贷款'],
  assessment: ['risk assessment', 'assessment', 'questionnaire', 'rating', 'risk level', 'risk profile', 'c3', 'c4', 'evaluation', '风险评估', '测评', '问卷', '风险等级', '评估', '风评'],
  horizon: ['how long', 'when will you need', 'when do you need', 'horizon', 'lock up', 'tie up', 'need it back', 'need the money', 'stay invested', '多久', '什么时候要用', '多长时间', '放多久', '什么时候用', '用钱'],
  // Transfers and remittances
  payee: ['payee', 'recipient', 'beneficiary', 'name on the account', 'account name', 'receiving account', 'receiver', "seller's name", 'name you entered', 'name you typed', '收款人', '收款方', '户名', '对方', '收款账户', '姓名', '名字'],
  tax: ['tax', 'tax records', 'tax certificate', 'tax payment', 'taxes', 'tax return', '完税', '纳税', '税', '税单', '个税'],
  permit: ['residence permit', 'passport', 'work permit', 'visa', 'work contract', 'employment contract', '居留许可', '护照', '工作许可', '签证', '劳动合同', '工作合同'],
  salary: ['salary', 'wage', 'wages', 'income', 'pay', 'paid', 'employer', 'earn', 'earnings', '工资', '薪水', '收入', '薪资', '单位', '雇主'],
  frequency: ['how often', 'every month', 'monthly', 'frequency', 'regularly', 'each month', 'per year', 'this year', 'a year', '多久一次', '每个月', '频率', '每月', '一年', '今年', '定期'],
  agency: ['agency', 'agent', 'estate agent', 'seller', 'contract', 'agreed', 'agreement', 'terms', 'deposit terms', '中介', '卖家', '房东', '约定', '合同', '协议', '定金'],
  'other-funds': ['other money', 'other funds', 'another account', 'other account', 'other savings', 'send again', 'resend', 'send it again', 'transfer again', 'borrow', 'backup', 'plan b', '别的钱', '其他资金', '再转', '重新转', '另外', '其他账户', '别的账户', '备用', '周转'],
  // Fraud
  link: ['link', 'website', 'page', 'site', 'url', 'form', 'web page', '链接', '网页', '网站', '页面', '网址'],
  entered: ['enter', 'entered', 'type', 'typed', 'fill', 'filled', 'fill in', 'filled in', 'input', 'provide', 'provided', 'submit', 'submitted', 'give', 'gave', 'put in', '填', '输入', '填写', '提交', '输', '留了'],
  details: ['what information', 'which details', 'what details', 'what info', 'what data', 'which information', 'details', 'information', 'info', '哪些信息', '什么信息', '哪些', '什么', '信息', '资料'],
  same: ['same', 'also', 'elsewhere', 'anywhere else', 'other', 'reuse', 'reused', 'identical', '同样', '一样', '也', '其他', '别的', '相同', '通用'],
  'pay-app': ['alipay', 'wechat pay', 'payment app', 'payment apps', 'lanshan', 'quick pay', 'quick-pay', 'linked', 'bound', 'bind', 'wallet', '支付宝', '微信', '岚山', '快捷支付', '绑定', '绑', '支付软件', '钱包'],
  // Topics agents raise (objection triggers)
  verify: ['verify', 'verification', 'verification code', 'sms code', 'confirm your identity', 'authenticate', 'check', '验证', '核验', '认证', '验证码', '核实'],
  branch: ['branch', 'counter', 'in person', 'visit', 'outlet', '网点', '柜台', '营业厅', '亲自', '到店', '线下'],
  wait: ['wait', 'working days', 'business days', 'days', 'weeks', 'week', 'takes', 'processing time', '等', '工作日', '天', '周', '星期', '需要时间', '处理时间'],
  process: ['process', 'procedure', 'steps', 'application', 'apply', 'submit', 'file', 'form', 'dispute', 'case', '流程', '手续', '步骤', '申请', '提交', '争议', '工单', '表'],
  police: ['police', '110', '96110', 'report it', 'report to', 'anti-fraud', '报警', '警察', '公安', '110', '96110', '反诈'],
  lock: ['lock', 'block', 'freeze', 'suspend', 'loss report', 'report it lost', 'cancel the card', 'stop the card', '挂失', '冻结', '锁', '止付', '停用', '暂停'],
  refund: ['refund', 'reimburse', 'money back', 'pay you back', 'return the money', 'reverse', 'reversal', 'compensate', 'compensation', '退款', '退钱', '退回', '赔', '补偿', '返还', '冲正'],
  fee: ['fee', 'charge', 'penalty', 'cost', 'commission', 'damages', '手续费', '费用', '违约金', '罚息', '收费', '费'],
  return: ['return', 'send it back', 'send back', 'ship it back', 'exchange', 'pick up', 'pickup', 'collect', '退货', '寄回', '退回', '寄回去', '上门取件', '取件', '换货'],
};

export const isConceptName = (name: string): boolean => Object.hasOwn(CONCEPTS, name);
