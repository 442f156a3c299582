// Optional Durable backend: the Durable Task Scheduler (managed), instead of the default Azure Storage
// task hub. The app then needs the package Microsoft.Azure.Functions.Worker.Extensions.DurableTask.AzureManaged
// (docs/deploy.md, "Switching to the Durable Task Scheduler"); the app settings come from main.bicep.
// (AVM equivalent: none at the time of writing.)

@description('Scheduler name.')
param name string

@description('Azure region.')
param location string

@description('Tags (azd-env-name).')
param tags object

@description('Task hub name (the same per-environment name as on Azure Storage).')
param taskHubName string

@description('Consumption (pay per action) or Dedicated (capacity units).')
@allowed([
  'Consumption'
  'Dedicated'
])
param skuName string

@description('Principal id of the app\'s managed identity (Durable Task Data Contributor).')
param appPrincipalId string

var durableTaskDataContributorRoleId = '0ad04412-c4d5-4796-b79c-f76d14c8d402'

resource scheduler 'Microsoft.DurableTask/schedulers@2025-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    // Reachable from the Flex Consumption app (no VNet here); every call is authenticated with Entra ID.
    ipAllowlist: [
      '0.0.0.0/0'
    ]
    sku: skuName == 'Dedicated'
      ? {
          name: 'Dedicated'
          capacity: 1
        }
      : {
          name: 'Consumption'
        }
  }
}

resource hub 'Microsoft.DurableTask/schedulers/taskHubs@2025-11-01' = {
  parent: scheduler
  name: taskHubName
}

resource dataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(scheduler.id, appPrincipalId, durableTaskDataContributorRoleId)
  scope: scheduler
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', durableTaskDataContributorRoleId)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = scheduler.properties.endpoint
output taskHubName string = hub.name
