using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// A finding (유소견): a household found, usually at a session, to need help, with the signals behind it and the
/// response deadline of its risk tier.
/// </summary>
/// <remarks>
/// The risk tier itself belongs to the risk rules; a finding takes its deadline as plain data so that referrals
/// can be followed without them. Its due date is <see cref="FoundOn"/> plus <see cref="ResponseDeadline"/>.
/// </remarks>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="id">The finding's id.</param>
    /// <param name="household">The household concerned.</param>
    /// <param name="district">The district (읍면동) the household lives in.</param>
    /// <param name="foundOn">The day it was found.</param>
    /// <param name="signals">The signals behind it; at least one.</param>
    /// <param name="responseDeadline">The risk tier's response deadline, in whole days, weeks or months; zero means same day.</param>
    /// <param name="session">The session record where it was found, or <see langword="null"/> when found elsewhere.</param>
    /// <exception cref="ArgumentException">An id is the default value, there is no signal, or the deadline is negative or has a time part.</exception>
    public Finding(
        FindingId id,
        HouseholdId household,
        DistrictCode district,
        LocalDate foundOn,
        IEnumerable<ObservedSignal> signals,
        Period responseDeadline,
        SessionRecordId? session = null)
    {
        Id = Guard.Against.Default(id);
        Household = Guard.Against.Default(household);
        District = Guard.Against.Default(district);
        FoundOn = foundOn;
        Signals = Guard.Against.NullOrEmpty(signals).ToValueList();
        Guard.Against.Null(responseDeadline);
        ResponseDeadline = OutreachTime.IsValidDeadline(responseDeadline, foundOn)
            ? responseDeadline.Normalize()
            : throw new ArgumentException($"Response deadline {responseDeadline} must be whole days, weeks or months and not negative.", nameof(responseDeadline));
        Session = session;
    }

    /// <summary>
    /// Makes the finding of a risk assessment: its signals (those of every rule and red flag that fired) as the
    /// evidence, and its tier's response deadline.
    /// </summary>
    /// <param name="id">The finding's id.</param>
    /// <param name="assessment">The household's assessment (<see cref="RiskEvaluator.Explain(Household, LocalDate)"/>).</param>
    /// <param name="district">The district the household lives in.</param>
    /// <param name="foundOn">The day it was found, usually the session's day.</param>
    /// <param name="session">The session record where it was found, or <see langword="null"/>.</param>
    /// <returns>The finding, due <see cref="RiskTier.ResponseDays"/> after <paramref name="foundOn"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No rule or red flag of the assessment used a signal, so there is nothing to refer; or an id is the default value.</exception>
    public static Finding From(FindingId id, RiskAssessment assessment, DistrictCode district, LocalDate foundOn, SessionRecordId? session = null)
    {
        Guard.Against.Null(assessment);
        var signals = assessment.Contributions.SelectMany(c => c.Signals).Concat(assessment.RedFlags.SelectMany(f => f.Signals))
            .Distinct()
            .OrderBy(s => s.Indicator.Value, StringComparer.Ordinal).ThenBy(s => s.ObservedOn)
            .Select(ObservedSignal.From)
            .ToList();
        if (signals.Count == 0)
        {
            throw new ArgumentException($"The assessment of {assessment.Household} used no signal (only household facts), so it has no evidence to refer.", nameof(assessment));
        }

        return new Finding(id, assessment.Household, district, foundOn, signals, Period.FromDays(assessment.Tier.ResponseDays), session);
    }

    /// <summary>The referral routing request of this finding: its signals' codes as needs, in its district.</summary>
    /// <returns>The request for <see cref="ReferralRouter.Propose"/>.</returns>
    public ReferralRequest ToReferralRequest() => new(Signals.Select(s => s.IndicatorCode), District);

    /// <summary>The finding's id.</summary>
    public FindingId Id { get; }

    /// <summary>The household concerned.</summary>
    public HouseholdId Household { get; }

    /// <summary>The district the household lives in.</summary>
    public DistrictCode District { get; }

    /// <summary>The day it was found.</summary>
    public LocalDate FoundOn { get; }

    /// <summary>The signals behind it.</summary>
    public IReadOnlyList<ObservedSignal> Signals { get; }

    /// <summary>The risk tier's response deadline.</summary>
    public Period ResponseDeadline { get; }

    /// <summary>The session record where it was found, or <see langword="null"/>.</summary>
    public SessionRecordId? Session { get; }

    /// <summary>The last day a response is on time: <see cref="FoundOn"/> plus <see cref="ResponseDeadline"/>.</summary>
    public LocalDate DueDate => FoundOn.Plus(ResponseDeadline);
}
