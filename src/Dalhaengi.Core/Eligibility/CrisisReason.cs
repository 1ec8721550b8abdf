using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Eligibility;

/// <summary>
/// A crisis reason (위기사유) that makes a household a candidate for emergency welfare support (긴급복지지원).
/// </summary>
/// <remarks>
/// <para>
/// An open set of codes, compared ordinally. The built-in codes (<see cref="BuiltIn"/>) follow the Emergency Welfare
/// Support Act (긴급복지지원법 §2: income loss, illness, neglect, violence, fire, job loss, business closure) and the
/// ministry's notice (divorce, release from prison, 단전, referrals, suicide high-risk); the conditions (for example a
/// job lost within the last months) are in the ministry's guide and are not checked here. Reasons set by a local ordinance (조례) are written
/// <c>local-ordinance</c> or <c>local.</c> followed by the city's own code, for example
/// <c>local.rent-arrears-after-job-loss</c> (three or more months of rent or health-insurance arrears after a job loss).
/// Any other code is kept but not recognized: it does not satisfy the crisis criterion, and the evaluation warns about it.
/// </para>
/// <para>A code is 1 to 64 ASCII letters, digits, <c>.</c>, <c>-</c>, <c>_</c> or <c>@</c>.</para>
/// </remarks>
public readonly record struct CrisisReason
{
    private const string LocalPrefix = "local.";
    private const string LocalOrdinanceCode = "local-ordinance";
    private const int ActReasonCount = 7;

    /// <summary>Creates a crisis reason from its code.</summary>
    /// <param name="code">The code, for example <c>job-loss</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or has characters outside the allowed set.</exception>
    public CrisisReason(string code) => Code = Identifier.Validate(code, "crisis reason code", nameof(code));

    /// <summary>The code, for example <c>job-loss</c>.</summary>
    public string Code { get; }

    /// <summary>Loss of the main earner's income through death, running away, going missing or detention (주소득자의 사망·가출·행방불명·구금).</summary>
    public static CrisisReason MainEarnerIncomeLoss { get; } = new("main-earner-income-loss");

    /// <summary>Serious illness or injury (중한 질병 또는 부상).</summary>
    public static CrisisReason SeriousIllnessOrInjury { get; } = new("serious-illness-or-injury");

    /// <summary>Neglect, abandonment or abuse by household members (방임·유기·학대).</summary>
    public static CrisisReason NeglectAbandonmentOrAbuse { get; } = new("neglect-abandonment-abuse");

    /// <summary>Domestic or sexual violence (가정폭력·성폭력).</summary>
    public static CrisisReason DomesticOrSexualViolence { get; } = new("domestic-or-sexual-violence");

    /// <summary>A fire or similar event that makes the home unusable (화재 등으로 거주지에서 생활하기 곤란).</summary>
    public static CrisisReason FireOrSimilar { get; } = new("fire-or-similar");

    /// <summary>Loss of a job by the main or second earner (실직), a reason in the Act itself (긴급복지지원법 §2).</summary>
    public static CrisisReason JobLoss { get; } = new("job-loss");

    /// <summary>Suspension or closure of a business (휴·폐업), a reason in the Act itself (긴급복지지원법 §2).</summary>
    public static CrisisReason BusinessClosure { get; } = new("business-closure");

    /// <summary>Divorce of the main earner (이혼), by ministry notice.</summary>
    public static CrisisReason Divorce { get; } = new("divorce");

    /// <summary>Electricity cut off (단전), by ministry notice.</summary>
    public static CrisisReason ElectricityCutOff { get; } = new("electricity-cut-off");

    /// <summary>Release from prison (출소), by ministry notice.</summary>
    public static CrisisReason ReleaseFromPrison { get; } = new("release-from-prison");

    /// <summary>Referral by the blind-spot discovery system (복지사각지대 발굴관리시스템), by ministry notice.</summary>
    public static CrisisReason BlindSpotReferral { get; } = new("blind-spot-referral");

    /// <summary>Referral by integrated case management (통합사례관리), by ministry notice.</summary>
    public static CrisisReason CaseManagementReferral { get; } = new("case-management-referral");

    /// <summary>Identified as at high risk of suicide (자살 고위험군), by ministry notice.</summary>
    public static CrisisReason SuicideHighRisk { get; } = new("suicide-high-risk");

    /// <summary>A reason set by local ordinance (지자체 조례), when the specific local code does not matter.</summary>
    public static CrisisReason LocalOrdinance { get; } = new(LocalOrdinanceCode);

    /// <summary>The built-in reasons: the Act's seven, then the notice's, ending with <see cref="LocalOrdinance"/>.</summary>
    public static IReadOnlyList<CrisisReason> BuiltIn { get; } = ValueList.ToValueList(
    [
        MainEarnerIncomeLoss, SeriousIllnessOrInjury, NeglectAbandonmentOrAbuse, DomesticOrSexualViolence, FireOrSimilar,
        JobLoss, BusinessClosure, Divorce, ReleaseFromPrison, ElectricityCutOff, BlindSpotReferral, CaseManagementReferral,
        SuicideHighRisk, LocalOrdinance,
    ]);

    /// <summary>Whether the reason was set by local ordinance: <c>local-ordinance</c> or a code starting with <c>local.</c>.</summary>
    public bool IsLocalOrdinance =>
        Code is not null
        && (string.Equals(Code, LocalOrdinanceCode, StringComparison.Ordinal)
            || (Code.StartsWith(LocalPrefix, StringComparison.Ordinal) && Code.Length > LocalPrefix.Length));

    /// <summary>
    /// The legal source of the reason: the first seven built-in reasons are in the Act, the rest by notice, and local
    /// codes by ordinance; <see langword="null"/> for a code that is not recognized.
    /// </summary>
    internal CrisisReasonBasis? Basis =>
        IsLocalOrdinance ? CrisisReasonBasis.LocalOrdinance
        : IndexInBuiltIn() is var i and >= 0 ? (i < ActReasonCount ? CrisisReasonBasis.Act : CrisisReasonBasis.MinistryNotice)
        : null;

    /// <summary>Whether the reason satisfies the crisis criterion: a built-in code or a local-ordinance code.</summary>
    public bool IsRecognized => IsLocalOrdinance || BuiltIn.Contains(this);

    private int IndexInBuiltIn()
    {
        for (var i = 0; i < BuiltIn.Count; i++)
        {
            if (BuiltIn[i] == this)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code ?? string.Empty;
}
