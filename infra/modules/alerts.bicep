// Log alerts on the app's telemetry: a message moved to a poison queue, an orchestration that failed.
// Storage queue metrics have no per-queue dimension, so the poison signal is the host's own log line
// ("Message has reached MaxDequeueCount of 5. Moving message to queue '<name>-poison'").
// (AVM equivalents: avm/res/insights/scheduled-query-rule, avm/res/insights/action-group.)

@description('Azure region.')
param location string

@description('Tags (azd-env-name).')
param tags object

@description('Name prefix of the alert rules.')
param namePrefix string

@description('Application Insights component the queries run on.')
param applicationInsightsId string

@description('Mail address that receives the alerts; empty: alerts fire with no notification.')
param alertEmail string

@description('Action group name.')
param actionGroupName string

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'invoices'
    enabled: true
    emailReceivers: [
      {
        name: 'operations'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var actions = empty(alertEmail) ? {} : {
  actionGroups: [
    actionGroup.id
  ]
}

var rules = [
  {
    name: 'poison-message'
    description: 'A queue message reached maxDequeueCount and was moved to its -poison queue.'
    severity: 2
    query: 'traces | where message has "MaxDequeueCount" or (message has "Moving message to queue" and message has "-poison")'
  }
  {
    name: 'orchestration-failed'
    description: 'A Durable orchestration ended in the Failed state.'
    severity: 2
    query: 'traces | where tostring(customDimensions.Category) startswith "Host.Triggers.DurableTask" | where tostring(customDimensions.prop__state) == "Failed" or message has "failed with an error"'
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: {
    name: '${namePrefix}-${rule.name}'
    location: location
    tags: tags
    properties: {
      displayName: '${namePrefix}-${rule.name}'
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        applicationInsightsId
      ]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT5M'
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: true
      actions: actions
    }
  }
]
