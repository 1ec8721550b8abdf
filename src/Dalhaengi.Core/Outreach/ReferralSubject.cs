using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// What a referral is about, which never changes as it moves: the household, its district, the finding or case
/// behind it, the response deadline and the consent to share personal data.
/// </summary>
/// <remarks>Checked when a referral is opened with it; see <see cref="Referral.Open"/>.</remarks>
public sealed record ReferralSubject
{
    /// <summary>The household referred.</summary>
    public required HouseholdId Household { get; init; }

    /// <summary>The district (읍면동) the household lives in; overdue lists and reports group by it.</summary>
    public required DistrictCode District { get; init; }

    /// <summary>The response deadline in whole days, weeks or months (the risk tier's, or the case plan's).</summary>
    public required Period ResponseDeadline { get; init; }

    /// <summary>The finding behind the referral, or <see langword="null"/> for a case-plan service.</summary>
    public Finding? Finding { get; init; }

    /// <summary>The integrated case this referral is a service of, or <see langword="null"/>.</summary>
    public CaseId? Case { get; init; }

    /// <summary>The service asked for, or <see langword="null"/> when the partner decides.</summary>
    public ServiceCode? Service { get; init; }

    /// <summary>Whether the referral shares the household's personal data with the partner; <see langword="true"/> unless set.</summary>
    public bool SharesPersonalData { get; init; } = true;

    /// <summary>The household's consent on record.</summary>
    public ConsentRecord Consent { get; init; }

    /// <summary>Creates the subject of a referral for a finding, with the finding's household, district and deadline.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="consent">The household's consent on record.</param>
    /// <param name="service">The service asked for, or <see langword="null"/>.</param>
    /// <param name="sharesPersonalData">Whether personal data is shared with the partner.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    public static ReferralSubject ForFinding(Finding finding, ConsentRecord consent, ServiceCode? service = null, bool sharesPersonalData = true)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new()
        {
            Household = finding.Household,
            District = finding.District,
            ResponseDeadline = finding.ResponseDeadline,
            Finding = finding,
            Service = service,
            SharesPersonalData = sharesPersonalData,
            Consent = consent,
        };
    }

    /// <summary>Explains why sharing this referral's data on a given day is blocked for lack of consent.</summary>
    /// <param name="on">The day the data would be shared.</param>
    /// <returns>The reason, or <see langword="null"/> when nothing blocks it.</returns>
    public string? ConsentBlockReason(LocalDate on)
    {
        if (!SharesPersonalData || Consent.Permits(on))
        {
            return null;
        }

        var day = on.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return Consent.Kind == ConsentKind.None
            ? $"household {Household} has no consent on record to share personal data (개인정보 제공 동의); record verbal or written consent, or refer without personal data"
            : $"household {Household}'s consent ({Consent}) was given after {day}, the day the data would be shared";
    }

    /// <summary>The day the response is due for a referral made on <paramref name="referredOn"/>.</summary>
    internal LocalDate DueDate(LocalDate referredOn) => (Finding?.FoundOn ?? referredOn).Plus(ResponseDeadline);

    internal List<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        if (Household == default)
        {
            problems.Add(new(nameof(Household), "must be set"));
        }

        if (District == default)
        {
            problems.Add(new(nameof(District), "must be set"));
        }

        if (ResponseDeadline is null || !OutreachTime.IsValidDeadline(ResponseDeadline, Finding?.FoundOn ?? new LocalDate(2000, 1, 1)))
        {
            problems.Add(new(nameof(ResponseDeadline), "must be whole days, weeks or months and not negative"));
        }

        if (Finding is { } f && (f.Household != Household || f.District != District))
        {
            problems.Add(new(nameof(Finding), $"finding {f.Id} is about household {f.Household} in {f.District}, not {Household} in {District}"));
        }

        if (Consent.Kind is not (ConsentKind.None or ConsentKind.Verbal or ConsentKind.Written))
        {
            problems.Add(new(nameof(Consent), "unknown consent kind"));
        }

        return problems;
    }
}
