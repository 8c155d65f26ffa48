/**
 * The wording the consortium facts are read from (see `consortium.ts`). Each pattern names a shape of text,
 * never one document's sentence.
 */

// ---------------------------------------------------------------------------------------------------
// Group bids
// ---------------------------------------------------------------------------------------------------

/** A bid from several organisations together. */
export const GROUP_BID =
  /\bconsorti(?:a|um|ums)\b|\bgroup\s+(?:bids?|tenders?|submissions?|applications?)\b|\bgroups?\s+of\s+(?:economic\s+operators|organisations|organizations|suppliers|providers|bidders|tenderers|companies|applicants)\b|\bjoint\s+(?:bids?|tenders?|submissions?|applications?)\b|\bjointly\s+(?:bidding|tendering)\b|\bbidding\s+groups?\b|\b(?:partnership|collaborative)\s+bids?\b|\b(?:bids?|tenders?|applications?)\s+from\s+(?:\w+\s+){0,2}?(?:partnerships|alliances|collaborations)\b|\b(?:bid|bidding|tender|tendering|apply|applying)\s+(?:jointly|together\s+with\s+other|in\s+partnership\s+with)\b/i;

/** Words that show a sentence is about a group's members. */
export const GROUP_WORDS = new RegExp(
  `${GROUP_BID.source}|\\b(?:consortium|consortia|group)\\s+members?\\b|\\bmembers?\\s+of\\s+(?:the|a|your|each)\\s+(?:consortium|group|bidding\\s+group|joint\\s+venture)\\b|\\bjoint\\s+ventures?\\b|\\blead\\s+(?:member|bidder|partner)\\b`,
  'i',
);

export const GROUP_PERMITTED =
  /\b(?:welcome[ds]?|accept(?:ed|able|s)?|permitted|allowed|encouraged|eligible|invited)\b|\b(?:may|can|are\s+able\s+to|are\s+free\s+to)\s+(?:bid|tender|apply|submit|participate|join|work\s+together)\b|\b(?:if|where|when)\s+(?:you\s+are\s+|they\s+are\s+|it\s+is\s+)?(?:bidding|tendering|submitting|applying)\b|\b(?:bid|bidding|tender|tendering|submit|submitting|apply|applying)\s+(?:\w+\s+){0,3}as\s+(?:part\s+of\s+)?(?:a|the)\s+(?:group|consortium|joint)\b|\blead\s+(?:member|bidder)\b|\bopen\s+to\b|\b(?:if|where|when)\s+(?:\w+\s+){0,5}?(?:consorti(?:a|um)|group\s+of\s+\w+|joint\s+(?:bid|tender))\b/i;

export const GROUP_PROHIBITED =
  /\b(?:consorti(?:a|um)|(?:joint|group|partnership|collaborative)\s+(?:bids?|tenders?|submissions?|applications?|ventures?|bidding)|groups?\s+of\s+(?:economic\s+operators|organisations|suppliers|providers|companies))\b[^.;]{0,60}?\b(?:will|shall|are|is|can|may)\s*(?:not|n['’]t)\s+(?:be\s+)?(?:accepted|acceptable|permitted|allowed|considered|entertained|eligible|evaluated)\b|\b(?:(?:do(?:es)?|will|shall)\s+not|cannot|can\s*not|won['’]t|doesn['’]t|don['’]t)\s+(?:accept|permit|allow|consider|entertain)\s+(?:any\s+)?(?:(?:bids?|tenders?|submissions?|applications?)\s+)?(?:from\s+)?(?:consorti(?:a|um)|joint|groups?)\b|\bno\s+(?:consortium|consortia|joint|group)\s+(?:bids?|tenders?|submissions?|applications?)\b|\b(?:consortium|consortia|joint|group)\s+(?:bids?|tenders?|submissions?|applications?)\s+(?:are|is|will\s+be)\s+(?:excluded|prohibited|rejected)\b|\bnot\s+open\s+to\s+consortia\b|\b(?:unable|not\s+able)\s+to\s+(?:accept|consider)\s+(?:any\s+)?(?:(?:bids?|tenders?|submissions?|applications?)\s+)?(?:from\s+)?(?:consorti(?:a|um)|joint\s+(?:bids?|ventures?)|groups?\s+of)\b|\b(?:cannot|can\s*not|must\s+not|may\s+not)\s+(?:bid|tender|apply|submit\s+(?:a\s+)?(?:bid|tender))\s+as\s+(?:part\s+of\s+)?(?:a\s+)?(?:consortium|group|joint\s+venture)\b/i;

/** Rules about bidding twice, changing members or colluding: not a bar on group bids. */
export const NOT_A_BAR =
  /\bmore\s+than\s+one\b|\bsame\s+(?:lot|procurement|competition|tender)\b|\bboth\s+(?:as|individually)\b|\bas\s+well\s+as\b|\bseparate(?:ly)?\s+(?:bid|tender)|\bother\s+(?:bids?|tenders?)\b|\bcollu|\bchang(?:e|es|ing)\b|\bmembership\b|\breplac|\bsubstitut|\bafter\s+(?:the\s+)?(?:deadline|submission)|\blate\b|\bincomplete\b|\bunsigned\b|\b(?:that|which|who)\s+(?:do|does|have|has|did)\s+not\b|\bwithout\b|\bunless\b|\bif\s+(?:they|it)\s+(?:do|does)\s+not\b/i;

/** A questionnaire or form row that asks whether group bids are accepted. */
export const GROUP_QUESTION =
  /\b(?:consortium|consortia|joint|group)\s+(?:bids?|tenders?|submissions?|applications?|bidding)\b|\bconsortia\s+(?:accepted|permitted|allowed|welcome)\b|\bbids?\s+from\s+(?:consortia|groups)\b/i;
export const ANSWER_NO = /^\s*(?:no|not\s+(?:accepted|permitted|allowed)|prohibited)\b(?!\s*\/)/i;
export const ANSWER_YES = /^\s*(?:yes|accepted|permitted|allowed|welcome)\b(?!\s*\/)/i;

/** A sentence about bidding (for a single-entity demand), not about the contract once awarded. */
export const BIDDING = /\b(?:bids?|bidders?|bidding|tenders?|tenderers?|tendering|submi(?:t|ts|tted|ssions?)|appl(?:y|ies|ications?|icants?)|participat\w*|opportunit(?:y|ies)|open\s+to)\b/i;
export const AWARD_CONTEXT = /\baward(?:ed|s)?\b|\bcontract\s+(?:will|shall)\s+be\s+(?:signed|entered)|\bparty\s+to\s+the\s+contract\b|\bcontracting\s+(?:entity|party)\b/i;

/** Only a single legal entity may bid. */
export const SINGLE_ENTITY_ONLY =
  /\b(?:must|shall|will\s+only|may\s+only|can\s+only|only)\b[^.;]{0,60}?\bsingle\s+(?:legal\s+)?(?:entit(?:y|ies)|organisations?|organizations?|compan(?:y|ies)|legal\s+persons?)\b(?![^.;]{0,40}\b(?:or|and)\s+(?:a|as)\b)|\b(?:bids?|tenders?|submissions?|applications?)\s+(?:will|shall)\s+only\s+be\s+accepted\s+from\s+(?:a\s+)?single\b|\bsingle\s+(?:legal\s+)?(?:entit(?:y|ies)|organisations?|organizations?|compan(?:y|ies)|providers?|suppliers?)\s+only\b/i;

// ---------------------------------------------------------------------------------------------------
// Legal form
// ---------------------------------------------------------------------------------------------------

export const FORM_ENTITY =
  /\b(?:form(?:s|ed|ing)?|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|set(?:ting)?\s+up|constitut(?:e|es|ed|ing)|incorporat(?:e|es|ed|ing))\s+(?:themselves\s+(?:into|as)\s+)?(?:as\s+)?(?:(?:a|an|the|one|single)\s+)?(?:(?:new|separate|single|specific|formal|incorporated|registered|corporate|joint\s+venture)\s+)*(?:legal\s+(?:entity|person|form|structure|vehicle)|special\s+purpose\s+vehicle|SPV|(?:limited\s+)?company|joint\s+venture\s+company)\b|\b(?:have|adopt|take|assume)\s+(?:a\s+|any\s+)?(?:(?:specific|particular|formal|certain)\s+)?legal\s+form\b|\b(?:consorti(?:a|um)|groups?|joint\s+ventures?)\s+(?:must|shall|will\s+need\s+to|(?:is|are|will\s+be)\s+required\s+to)\s+(?:be|become)\s+(?:a\s+|an\s+)?(?:single\s+|separate\s+|incorporated\s+)?(?:legal\s+(?:entity|person)|incorporated\s+body|company)\b|\bno\s+(?:specific\s+|particular\s+)?legal\s+form\b/i;
export const FORM_NOT_REQUIRED =
  /\b(?:does|do|will|shall)\s+not\s+(?:require|expect|oblige|need|ask)\b|\bwon['’]t\s+(?:require|need)\b|\bno\s+requirement\s+(?:for|to|that)\b|\b(?:not|no|never)\s+(?:be\s+)?(?:need|needed|required|necessary|obliged|expected)\b|\bdoes\s+not\s+need\b|\bdo\s+not\s+(?:need|have)\s+to\b|\bneed\s+not\b|\bno\s+(?:specific\s+|particular\s+)?legal\s+form\b|\bwithout\s+(?:first\s+)?(?:forming|having\s+formed|establishing|creating)\b|\bis\s+not\s+a\s+requirement\b/i;
export const FORM_OPTIONAL =
  /\b(?:intend|intends|intending|choose|chooses|wish|wishes|decide|decides|option|optional|already\s+(?:legally\s+)?exists?|unless|may\s+(?:be|form|choose|decide))\b|\b(?:if|where)\s+(?:you|a\s+consortium|the\s+consortium|they)\s+(?:have|has|are|is)\b/i;
export const DEMAND =
  /\b(?:must|shall|required?|requires|need\s+to|will\s+(?:need|have)\s+to|are\s+expected\s+to|will\s+be\s+expected|is\s+a\s+(?:condition|requirement)|obliged)\b|\bmay\s+require\b/i;
export const CONDITIONAL =
  /\bmay\s+require\b|\b(?:if|where)\s+(?:necessary|required|appropriate|needed)\b|\breserves?\s+the\s+right\b|\bmay\s+(?:be\s+)?(?:asked|requested)\b|\bin\s+(?:some|certain)\s+circumstances\b/i;
export const AFTER_AWARD =
  /\b(?:after|following|upon|on|once)\s+(?:the\s+)?(?:contract\s+)?award\b|\bif\s+(?:you\s+are\s+|they\s+are\s+|it\s+is\s+)?(?:successful|awarded)\b|\bonce\s+(?:the\s+)?contract\s+(?:has\s+been|is)\s+awarded\b|\bafter\s+(?:the\s+)?contract\s+(?:is|has\s+been)\s+awarded\b|\bwhen\s+signing\b|\bat\s+(?:the\s+)?(?:point|time)\s+of\s+(?:the\s+)?(?:contract\s+)?(?:signature|signing|award|execution)\b|\b(?:before|prior\s+to|at|on)\s+(?:the\s+)?(?:signature|signing|execution)\s+of\b|\bbefore\s+(?:the\s+)?contract\s+(?:is\s+signed|starts?|commences?|start\s+date|commencement)\b|\bbefore\s+(?:signing|entering\s+into)\s+(?:the\s+)?(?:contract|agreement)\b|\b(?:before|prior\s+to)\s+(?:the\s+)?(?:contract\s+)?(?:signature|signing|execution|commencement|mobilisation)\b|\bsuccessful\s+(?:consortium|consortia|bidders?|tenderers?)\b/i;
export const BEFORE_SUBMISSION =
  /\b(?:before|prior\s+to|by\s+the\s+time\s+of|at\s+the\s+time\s+of)\s+(?:the\s+)?(?:submi(?:t|tting|ssion)|tender(?:ing)?|bid(?:ding)?|apply(?:ing)?|application|(?:tender\s+|submission\s+)?deadline|closing\s+date|(?:your|a|the)\s+(?:tender|bid|application)s?)\b|\b(?:in\s+order|to\s+be\s+(?:able|eligible))\s+to\s+(?:bid|tender|apply|submit)\b|\bbefore\s+(?:they|it|you)\s+(?:can|may)\s+(?:bid|tender|apply|submit)\b|\bat\s+(?:the\s+)?(?:time\s+of\s+)?(?:submission|tender)\b|\bwhen\s+(?:submitting|bidding|tendering|applying)\b/i;
export const BEFORE_AWARD =
  /\b(?:before|prior\s+to|in\s+advance\s+of|ahead\s+of)\s+(?:the\s+)?(?:contract\s+|framework\s+)?award\b|\bbefore\s+(?:the\s+)?(?:contract|framework)\s+(?:is|can\s+be|will\s+be)\s+awarded\b|\bbefore\s+(?:being|it\s+is)\s+awarded\b|\bin\s+order\s+to\s+be\s+awarded\b|\bto\s+be\s+(?:eligible\s+for|considered\s+for)\s+(?:the\s+)?award\b/i;

// ---------------------------------------------------------------------------------------------------
// Financial standing of a group
// ---------------------------------------------------------------------------------------------------

export const FINANCIAL =
  /\bturnover\b|\bfinancial\s+(?:standing|viability|risk|capacity|health|stability|strength|assessments?|thresholds?|requirements?|criteria|criterion|conditions?|checks?|ratios?)\b|\beconomic\s+(?:and\s+)?financial\s+standing\b|\bFVRA\b|\bcredit\s+(?:rating|score|check|reference)s?\b|\bconditions?\s+of\s+participation\b|\bnet\s+(?:worth|assets)\b|\bbalance\s+sheet\b/i;
export const ASSESSED = /\b(?:assessed|evaluated|considered|scored|tested)\b/i;
export const MEMBERS =
  /\b(?:each|every|all)\s+(?:of\s+the\s+)?(?:(?:consortium|consortia|group)\s+)?(?:members?|partners?|parties|organisations\s+in\s+the\s+(?:group|consortium))\b|\b(?:consortium|consortia|group)\s+members?\b|\bmembers?\s+of\s+(?:the|a|your|each)\s+(?:consortium|group)\b/i;
export const STANDING_EACH =
  /\bindividually\b|\bin\s+(?:their|its)\s+own\s+right\b|\bseparately\b|\bon\s+an?\s+individual\s+basis\b|\bindependently\b|\b(?:each|every)\s+(?:\w+\s+){0,4}?(?:must|shall|will\s+(?:need|be\s+required)\s+to|is\s+required\s+to)\s+(?:[\w'’]+\s+){0,10}?(?:meet|satisfy|pass|achieve|demonstrate|have|hold|show)\b|\bper\s+member\b/i;
export const STANDING_COMBINED =
  /\bcombined\b|\baggregat(?:e|ed|ion)\b|\bcollectively\b|\bas\s+a\s+whole\b|\b(?:taken|added|considered|assessed|looked\s+at)\s+together\b|\bjointly\b|\bcomposite\b|\bacross\s+(?:all\s+)?(?:the\s+)?(?:members|consortium|group)\b|\bsum\s+of\b/i;
export const STANDING_LEAD =
  /\blead\s+(?:member|bidder|partner|organisation|provider|contractor)\b[^.]{0,80}\b(?:only|alone)\b|\bonly\s+(?:the\s+)?lead\s+(?:member|bidder|partner|organisation|provider)\b/i;

// ---------------------------------------------------------------------------------------------------
// Lead member, roles and parts
// ---------------------------------------------------------------------------------------------------

export const LEAD_TOPICS: ReadonlyArray<readonly ['lead' | 'roles' | 'parts', RegExp]> = [
  [
    'lead',
    /\blead\s+(?:member|bidder|partner|organisation|organization|provider|contractor|applicant|supplier|body|party|tenderer)\b|\bprime\s+contractor\b|\b(?:nominate|appoint|choose|designate|identify)\s+(?:a|one)\s+(?:member|organisation|party|representative)\b/i,
  ],
  [
    'roles',
    /\brole\s+(?:of\s+)?each\b|\beach\s+(?:(?:consortium|group)\s+)?(?:member|party|partner|organisation)['’]?s?\s+(?:intended\s+)?(?:role|contribution|responsibilit)|\b(?:what|which\s+parts?)\s+each\s+(?:of\s+the\s+)?(?:parties|members|organisations?)\b|\broles?\s+(?:and\s+responsibilities\s+)?(?:in|within|of)\s+the\s+(?:group|consortium)\b|\byour\s+role\s+in\b|\bproposed\s+structure\b|\broles?\b[^.]{0,40}\bmembers?\b/i,
  ],
  [
    'parts',
    /\b(?:each|every|all)\s+(?:\w+\s+){0,4}members?\b[^.]{0,100}\b(?:complete|submit|answer|provide|sign)\b|\bcomposite\s+(?:response|answer)\b|\bon\s+behalf\s+of\s+(?:the\s+|your\s+|all\s+)?(?:group|consortium|members)\b/i,
  ],
];

// ---------------------------------------------------------------------------------------------------
// Joint and several liability
// ---------------------------------------------------------------------------------------------------

export const JOINT_SEVERAL = /\bjoint(?:ly)?\s+and\s+several(?:ly)?\b/i;
export const JOINT_NOT = /\bnot\s+(?:be\s+)?(?:required|expected|asked)\b|\bno\s+joint\b|\b(?:will|does|do|shall)\s+not\s+(?:require|seek|ask)\b|\bneed\s+not\b|\bno\s+requirement\b/i;
export const DEMAND_OR_WILL = /\b(?:must|shall|will|required?|requires|are|is|be)\b/i;
export const RELIED = /\brel(?:y|ies|ying|ied|iance)\b|\bguarant(?:ee|or)s?\b/i;
export const FROM_SUBMISSION = /\b(?:from|at|on|upon)\s+(?:the\s+)?(?:(?:time|date|point)\s+of\s+)?(?:submission|tender|bid)\b|\bfrom\s+the\s+(?:tender|submission)\s+deadline\b/i;

// ---------------------------------------------------------------------------------------------------
// Subcontracting
// ---------------------------------------------------------------------------------------------------

export const SUBCONTRACT = /\bsub-?contract\w*|\bsub-?let\w*|\bsupply\s+chain\b|\b(?:deliver|perform|provide|carry\s+out)\s+(?:all|the\s+whole|the\s+entire)\b/i;
export const SUB_PROHIBITED =
  /\bno\s+sub-?(?:contracting|letting)\b(?!\s+(?:restrictions?|limits?))|\bno\s+sub-?contractors\s+(?:may|can|will|shall)\b|\b(?:sub-?contract(?:ing|s)?|sub-?letting)\b(?:\s+of\s+(?:[\w'’-]+\s+){1,6}?|\s+)(?:is|are|will|shall)\s*(?:not|n['’]t)\s+(?:be\s+)?(?:permitted|allowed|accepted|acceptable|considered)\b|\b(?:sub-?contracting|sub-?letting)\s+(?:is|are|will\s+be)\s+(?:prohibited|not\s+permitted)\b|\b(?:must|shall|may|will)\s+not\s+sub-?(?:contract|let)\b|\b(?:no|none\s+of\s+the)\s+(?:part|element|portion)s?\s+(?:of\s+)?(?:the\s+)?(?:contract|services?|works?)\s+(?:may|shall|can|will)\s+be\s+sub-?(?:contracted|let)\b|\bnot\s+(?:be\s+)?(?:permitted|allowed)\s+to\s+sub-?(?:contract|let)\b|\bwill\s+not\s+accept\s+(?:bids?|tenders?)\s+(?:that|which)\s+(?:involve|include|use|propose|rely\s+on)\s+sub-?contract/i;
export const SUB_RESTRICTED =
  /\bsub-?contract\w*\b[^.]{0,80}\b(?:limited\s+to|must\s+not\s+exceed|shall\s+not\s+exceed|no\s+more\s+than|not\s+more\s+than|capped\s+at|a\s+maximum\s+of)\s+(?:\d+(?:\.\d+)?\s*%|\w+\s+per\s*cent)|\b(?:no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|up\s+to)\s+\d+(?:\.\d+)?\s*%\s+of\s+[^.]{0,60}\bsub-?contract|\b(?:must|shall)\s+(?:deliver|perform|provide|carry\s+out)\s+(?:all|the\s+whole|the\s+entire)\b[^.]{0,60}\b(?:itself|themselves|directly|in-?house|(?:its|their)\s+own\s+(?:staff|employees|workforce))\b/i;
/** Subcontracting the whole contract: a bar on handing it over (assignment), not on a supply chain. */
export const SUB_WHOLE = /\bsub-?(?:contract|let)\w*\s+(?:\w+\s+){0,3}?(?:the\s+whole|all|the\s+entirety|the\s+entire)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:contract|agreement|services?|works?|obligations)\b|\bwhole\s+of\s+the\s+(?:contract|services?)\b/i;

/** A form label about subcontracting ("Subcontracting permitted?", "Subcontracting:"), answered in its row or line. */
export const SUB_LABEL = /^\s*(?:[\d.()]+\s+)?(?:is\s+|are\s+)?sub-?contract(?:ing|ors?)?\b[^.?:|\t]{0,40}?(?:\?|:|\t|$)/i;
export const ANSWER_NOT_PERMITTED = /^\s*(?:no|not\s+(?:permitted|allowed|accepted)|prohibited)\b(?!\s*\/)/i;

export const SUB_CONSENT =
  /\bwithout\s+(?:the\s+)?(?:\w+(?:['’]s?)?\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval|agreement|permission)\b|\b(?:with|subject\s+to)\s+(?:the\s+)?(?:\w+(?:['’]s?)?\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval|agreement|permission)\b|\bconsent\s+(?:will|shall)\s+not\s+be\s+unreasonably\b/i;
export const SUB_PERMITTED =
  /\bsub-?contract\w*\b[^.]{0,60}\b(?:permitted|allowed|welcome[ds]?|accepted|acceptable|encouraged)\b|\b(?:may|can)\s+(?:use\s+)?sub-?contract|\b(?:use|using|with)\s+(?:named\s+)?sub-?contractors\b|\bif\s+you\s+(?:are\s+)?(?:propos|intend|plan)\w*\s+to\s+(?:use\s+)?sub-?contract/i;
export const REASON =
  /\bbecause\b|\bdebar\w*|\bexcluded\s+suppliers?\b|\bexclusion\s+grounds?\b|\bmodern\s+slavery\b|\breasons?\b|\bdue\s+to\b|\bin\s+order\s+to\b|\bso\s+that\b|\bgiven\s+(?:the|that)\b|\bsince\b|\bjustif\w+|\bcritical\s+tasks?\b|\bsafeguarding\b|\bsecurity\s+(?:clearance|vetting|reasons)\b|\bregulation\s+63\b|\breg\.?\s*63\b|\bto\s+(?:ensure|protect|maintain|safeguard)\b/i;

// ---------------------------------------------------------------------------------------------------
// Conflicts of interest
// ---------------------------------------------------------------------------------------------------

export const MARKET_ENGAGEMENT =
  /\b(?:pre-?(?:market|procurement|tender)|preliminary\s+market|market)\s+(?:engagement|consultation|sounding|testing|events?|dialogue)\b|\bco-?design(?:ed|ing)?\b|\bco-?produc(?:ed|tion)\b|\b(?:helped|assisted|been\s+involved|were\s+involved|was\s+involved|participated|took\s+part)\s+(?:\w+\s+){0,3}(?:design|development|preparation|drafting|writing)\s+of\s+(?:the\s+|this\s+)?(?:service\s+)?(?:specification|service|procurement|tender|requirements?)\b|\binvolved\s+in\s+(?:\w+\s+){0,2}?(?:design|development|preparation|drafting|writing)\s+of\s+(?:the\s+|this\s+)?(?:service\s+)?(?:specification|service|procurement|tender|requirements?)\b/i;
export const EXCLUDED =
  /\b(?:will|shall|are|is|would)\s+(?:be\s+)?(?:automatically\s+)?(?:excluded|disqualified|barred|ineligible|precluded)\b|\b(?:will|shall)\s+not\s+be\s+(?:permitted|allowed|eligible|able)\s+to\s+(?:bid|tender|apply|participate|submit|take\s+part)\b|\b(?:cannot|can\s*not|may\s+not|must\s+not)\s+(?:bid|tender|apply|participate|submit|take\s+part)\b|\bnot\s+eligible\s+to\s+(?:bid|tender|apply)\b|\bwill\s+(?:exclude|disqualify|reject)\b|\b(?:will|shall)\s+result\s+in\s+(?:your\s+|the\s+)?(?:automatic\s+)?(?:disqualification|exclusion|rejection)\b/i;
export const NOT_EXCLUDED = /\b(?:will|shall|does|do|is|are|would)\s+not\s+(?:in\s+itself\s+)?(?:be\s+)?(?:exclud|disqualif|prevent|bar\b|barred|preclud|disadvantag|affect)\w*/i;
export const MITIGATION =
  /\bunless\b|\bonly\s+(?:if|where|when)\b|\bcannot\s+be\s+(?:avoided|remedied|resolved|mitigated|managed|dealt\s+with)\b|\bmitigat\w*|\bdealt\s+with\b|\b(?:reasonable|appropriate|necessary)\s+(?:steps|measures)\b|\bunfair\s+advantage\b|\bdistort\w*\s+(?:of\s+)?competition\b/i;
export const CONFLICT_TERM = /\bconflicts?\s+of\s+interests?\b/i;
export const CONFLICT_DEFINED =
  /\bconflicts?\s+of\s+interests?["”']?\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall\s+mean|has\s+the\s+meaning|is\s+defined|arises?\s+(?:where|when|if)|exists?\s+(?:where|when|if)|occurs?\s+(?:where|when|if)|includes?\s+(?:any|a|where|situations?)|(?:\(\s*)?(?:within\s+the\s+meaning|as\s+defined))|\bdefin(?:e|ed|es|ition)\b[^.]{0,40}\bconflicts?\s+of\s+interest|\bconflicts?\s+of\s+interests?\b[^.]{0,60}\b(?:section\s+8[123]|s\.\s?8[123]|regulation\s+24|reg\.?\s?24)\b|^\s*["“]?conflicts?\s+of\s+interests?["”]?\s*(?::\s*\S|\|\s*(?:a|an|any|the|where|when|means)\b)/i;

// ---------------------------------------------------------------------------------------------------
// SME and VCSE suitability
// ---------------------------------------------------------------------------------------------------

const SMALL_ORGS =
  '(?:SMEs?|small\\s+(?:and|or)\\s+medium(?:[\\s-]+sized)?\\s+(?:enterprises|businesses|organisations)|small\\s+businesses|VCSEs?|voluntary(?:,)?\\s+(?:and\\s+)?community|social\\s+enterprises?|third\\s+sector)';
export const SUITABLE_FOR = new RegExp(
  `\\b(?:suitab(?:le|ility)|appropriate|accessible)\\b[^.|]{0,80}\\b${SMALL_ORGS}\\b|\\b${SMALL_ORGS}\\b[^.|]{0,60}\\bsuitab(?:le|ility)\\b|\\b(?:welcome[sd]?|encourage[sd]?)\\s+(?:bids|tenders|applications)\\s+from\\s+(?:[\\w,]+\\s+){0,4}?${SMALL_ORGS}\\b|\\b(?:${SMALL_ORGS},?\\s+(?:and|or)\\s+)?${SMALL_ORGS}\\s+(?:are|is)\\s+(?:particularly\\s+|especially\\s+)?(?:welcome|encouraged)\\b|\\b${SMALL_ORGS}[\\s-]+friendly\\b`,
  'i',
);
export const SME = /\bSMEs?\b|small\s+(?:and|or)\s+medium|small\s+businesses/i;
export const VCSE = /\bVCSEs?\b|voluntary|social\s+enterprise|third\s+sector/i;

// ---------------------------------------------------------------------------------------------------
// A United States federal solicitation
// ---------------------------------------------------------------------------------------------------

export const US_FEDERAL =
  /\bFederal\s+Acquisition\s+Regulation\b|\bFAR\s+(?:Part\s+|Subpart\s+|clause\s+)?\d|\b48\s+CFR\b|\bContracting\s+Officer\b|\bGeneral\s+Services\s+Administration\b|\bGSA\b|\b[Oo]fferors?\b|\b[Qq]uoters?\b|\bU\.S\.\s+(?:Government|government|federal|Federal|Department)\b|\bUnited\s+States\s+(?:Government|Code)\b|\bU\.S\.C\.?/;

// ---------------------------------------------------------------------------------------------------
// What kind of tender document this is
// ---------------------------------------------------------------------------------------------------

/** Wording on who may bid or how bidders are selected: where consortium instructions belong. */
export const SELECTION =
  /\bselection\s+(?:criteria|stage|questions)\b|\bconditions?\s+of\s+participation\b|\b(?:economic\s+and\s+)?financial\s+standing\b|\bturnover\b|\bexclusion\s+grounds\b|\bgrounds\s+(?:for|of)\s+exclusion\b|\bwho\s+(?:may|can)\s+(?:bid|tender|apply)\b|\beligib(?:le|ility)\s+to\s+(?:bid|tender|apply)\b|\btechnical\s+(?:and\s+professional\s+)?(?:ability|capacity)\b|\bsuitability\s+(?:assessment|questions?|requirements?)\b|\bself-?declaration\b|\bfinancial\s+(?:viability|information)\b/i;

/** Terms only the Procurement Act 2023 and its regulations use. */
export const PA2023_TERMS =
  /\bProcurement\s+Act\b|\bPA\s?2023\b|\bProcurement\s+Regulations\s+2024\b|\bCentral\s+Digital\s+Platform\b|\bconditions?\s+of\s+participation\b|\bassociated\s+persons?\b|\bdebarment\s+list\b|\bassessment\s+summar(?:y|ies)\b|\bcompetitive\s+flexible\s+procedure\b|\bPPON\b/i;

/** A sentence of contract terms ("The Supplier shall…", "this Contract"): a document full of them is terms, not a tender. */
export const CONTRACT_TERMS =
  /\b(?:the\s+)?(?:Supplier|Contractor|Provider|Service\s+Provider|Consultant)\s+shall\b|\bshall\s+(?:be\s+)?(?:procure|indemnify|comply|ensure)\b|\b(?:this|the)\s+(?:Contract|Agreement|Call-Off\s+Contract|Framework\s+Contract|DPS\s+Contract)\b/;
