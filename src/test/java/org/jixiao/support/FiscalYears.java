package org.jixiao.support;

/**
 * Integration tests share one database and a monitoring round takes every approved target of its year, so each
 * test class that opens rounds owns its fiscal years (rounds are unique per bureau, year and cut-off month):
 * <ul>
 *   <li>Rounds opened over the API must be due today or later, so API and browser tests open them in future years:
 *       2056 SelfEvaluationApiTest; 2057 SelfEvaluationE2ETest; 2058 SelfEvaluationExportApiTest; 2065–2066
 *       EvaluationRoundApiTest; 2054 RoundDeadlinesTest; 2067–2069 and 2098 (no targets) RoundOpenApiTest.
 *       Service-level tests may still use past years by opening "as of" a date of that year.</li>
 *   <li>2024 demo data, with the demo's round 2024 / cut-off 6; 2025–2026 target tests (no rounds); the current
 *       year + 1 is the editor's default, so the browser tests approve targets in it: never open rounds there</li>
 *   <li>2094–2096 LightsByKindApiTest (2094 a round up to October; 2096 a region's own kind rules); 2095 BatchApprovalApiTest</li>
 *   <li>2094–2095 TargetSheetApiTest; 2096 TargetSheetE2ETest (Excel import and export: drafts only, never approved, so
 *       the rounds of LightsByKindApiTest in those years never see them)</li>
 *   <li>2091–2092 EvaluationSummaryApiTest (self-evaluation rounds and their summary); 2093 EvaluationScreensE2ETest</li>
 *   <li>2031–2033 TargetMapperTest (targets only); 2033 also IndicatorKindRuleApiTest (the demo bureau's kind rules, removed after each test); 2034 ReportFollowsAdjustmentApiTest; 2035 MonitoringLineageTest; 2036–2037 MonitoringReportApiTest (2037 also ReportChainsApiTest: the cut-off-9 monitoring round, the year's self-evaluation round and report/self-evaluation chains, removed after each test; its own subjects by id);
 *       2038 MonitoringRoundScheduleTest; 2039 MonitoringJourneyE2ETest</li>
 *   <li>2040–2049, 2055 MonitoringRoundServiceTest; 2050–2053 MonitoringRoundApiTest; 2060–2064 MonitoringMapperTest</li>
 *   <li>2070–2079 MonitoringRoundDashboardServiceTest; 2080–2089 MonitoringRoundDashboardApiTest; 2090 MonitoringDashboardE2ETest</li>
 *   <li>2010–2016 LightThresholdServiceTest and LightThresholdApiTest (2013 shared: only refused there);
 *       2017 MonitoringScreensE2ETest; 2018–2019 UnitReportsServiceTest</li>
 *   <li>Race tests: 2028–2029 SelfEvaluationRaceApiTest; 2097 and 2099 MonitoringReportRaceApiTest; 2030
 *       TargetRaceApiTest (an approved target, no rounds)</li>
 *   <li>2100 HostileRequestsApiTest (a round over hostile figures)</li>
 *   <li>2098 IdempotencyKeyApiTest (draft targets only, no rounds)</li>
 *   <li>2001–2003 ScoringConfigApiTest (scoring rules per year); 2004–2005 ScoringPreviewApiTest (2004 keeps the
 *       defaults, 2005 holds seed 004's weights); 2000 ScoringConfigE2ETest (the scoring rules screen)</li>
 *   <li>2020 SenseCheckApiTest; 2009 (monitoring, one round per cut-off month; 2021 holds a demo target whose June round MonitoringRoundServiceTest opens) and 2022 (self-evaluation)
 *       RoundLifecycleApiTest; 2023 GuideE2ETest — all opened at service level "as of" a date in the year</li>
 *   <li>2007 and 2059 InboxApiTest (2007: targets at the unit leader and a round opened as of a past date; 2059: a
 *       round due in the future); 2006 InboxE2ETest (targets submitted to the unit leader only)</li>
 *   <li>2008 LayoutE2ETest (draft and submitted targets only, no rounds)</li>
 *   <li>2009 FreshStartSingleSignOnE2ETest (a target approved over the API, in its child JVM's own database, so the shared database's 2009 is RoundLifecycleApiTest's)</li>
 *   <li>2031 also NotificationApiTest, CarbonCopyApiTest, NotificationMailTest, NotificationBellE2ETest (notify: targets
 *       submitted, returned and approved, only their own rows, no rounds)</li>
 *   <li>2030 also ApprovalChainProcessTest and ApprovalChainApiTest (approval chains configured for the year and deleted
 *       after each test; targets only, filtered by id; not 2032, where TargetMapperTest lists every target of 450001)</li>
 *   <li>2102 RoundTableMapperTest (rows inserted in SQL and rolled back; outside the 2000–2100 the services accept)</li>
 *   <li>2025 also ProcessDiagramApiTest (one target submitted and approved by its leader, no rounds; it reads only its own)</li>
 *   <li>2058 SelfEvaluationImportApiTest too: the round is {@code Round2058}, shared with SelfEvaluationExportApiTest</li>
 * </ul>
 * Take a free year from here when adding a test, and note it.
 */
public final class FiscalYears {
    private FiscalYears() {
    }
}
