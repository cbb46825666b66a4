namespace MlPipeline.Data.Validation;

/// <summary>One family of related checks; each reports every problem it finds, never only the first.</summary>
internal interface IValidationCheck
{
    IEnumerable<Finding> Run(ValidationContext context);
}
