using Dalhaengi.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace Dalhaengi.Web.Identity;

/// <summary>
/// The host's authorization policies, backed by the library's access policy: pages ask it, never a role name.
/// Decisions about one household, referral or case are made in the page against that subject (404 when denied).
/// </summary>
internal static class StaffAuthorization
{
    public const string Staff = "staff";
    public const string AccessRecord = "access-record";

    public static void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireClaim(StaffClaims.Role));
        options.AddPolicy(AccessRecord, p => p.RequireAuthenticatedUser().AddRequirements(new AccessRequirement(AccessSubjectKind.AccessRecord, AccessPurpose.Audit)));
    }

    /// <summary>Requires the access policy to allow a kind of subject that has no district or partner (aggregates, the access record).</summary>
    internal sealed record AccessRequirement(AccessSubjectKind Kind, AccessPurpose? Purpose) : IAuthorizationRequirement;

    internal sealed class AccessRequirementHandler(AccessPolicy policy) : AuthorizationHandler<AccessRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
        {
            var target = requirement.Kind == AccessSubjectKind.AccessRecord ? AccessTarget.AccessRecord() : AccessTarget.Aggregates("season");
            if (context.User.ToPrincipal() is { } principal && policy.Decide(principal, requirement.Purpose, target).Allowed)
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
