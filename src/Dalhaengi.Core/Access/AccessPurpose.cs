using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Access;

/// <summary>
/// Names why personal data is read (처리 목적). Purpose limitation: a policy grants personal data only for the purposes
/// it lists, and a read without a purpose is never granted. A city names its own purposes in its policy file.
/// </summary>
public readonly record struct AccessPurpose
{
    /// <summary>Creates a purpose name.</summary>
    /// <param name="value">The purpose id, for example <c>case-work</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public AccessPurpose(string value) => Value = Identifier.Validate(value, "access purpose", nameof(value));

    /// <summary>Working a case or a finding with the household (사례관리).</summary>
    public static AccessPurpose CaseWork { get; } = new("case-work");

    /// <summary>Contacting a household referred to the reader's organization (의뢰 처리).</summary>
    public static AccessPurpose ReferralHandling { get; } = new("referral-handling");

    /// <summary>Recording a session at the site (현장 기록).</summary>
    public static AccessPurpose SessionRecording { get; } = new("session-recording");

    /// <summary>Auditing who read what (접속기록 점검).</summary>
    public static AccessPurpose Audit { get; } = new("audit");

    /// <summary>The purpose id.</summary>
    public string Value { get; }

    /// <summary>Returns the purpose id.</summary>
    /// <returns>The purpose id.</returns>
    public override string ToString() => Value ?? string.Empty;
}
