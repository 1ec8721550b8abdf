namespace Dalhaengi.Core.Partners;

/// <summary>The kind of help a service gives; the rotation policy requires some categories on every team.</summary>
public enum ServiceCategory
{
    /// <summary>Basic health checks such as blood pressure, blood sugar or tuberculosis screening (건강검진).</summary>
    HealthCheck,

    /// <summary>Mental-health screening and counselling, for example PHQ-9 depression screening (정신건강).</summary>
    MentalHealth,

    /// <summary>Cognitive screening and dementia care (치매).</summary>
    Dementia,

    /// <summary>Welfare, health-insurance and long-term-care insurance consultation (복지·보험 상담).</summary>
    InsuranceAndBenefits,

    /// <summary>Care and living support: laundry, repairs, assistive devices, food, elder-care counselling (돌봄·생활지원).</summary>
    CareAndLiving,

    /// <summary>Leisure and beauty: haircuts, massage, hand acupuncture, crafts (여가·미용).</summary>
    LeisureAndBeauty,

    /// <summary>Information and publicity, for example blind-spot (복지사각지대) publicity and promotional goods.</summary>
    Information,
}
