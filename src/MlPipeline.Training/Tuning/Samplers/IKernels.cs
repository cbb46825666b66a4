using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>One parameter's column of a Parzen estimator: a kernel per observed trial, plus the prior's last.</summary>
internal interface IKernels
{
    double Sample(int kernel, Xoshiro256StarStar random);

    double LogDensity(int kernel, double value);
}
