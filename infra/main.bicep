// InvoiceFunctions on Azure: `azd up` provisions this, then deploys functions/InvoiceFunctions.App.
// Subscription scope: one resource group per azd environment. See docs/deploy.md.
targetScope = 'subscription'

// ---------- azd ----------

@minLength(1)
@maxLength(64)
@description('azd environment name: part of every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Azure region of every resource (must offer the Flex Consumption plan).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the person or pipeline running azd (AZURE_PRINCIPAL_ID): gets data roles on storage and Secrets Officer on Key Vault. Empty for none.')
param principalId string = ''

@description('Type of principalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Resource group name; empty: rg-<environmentName>.')
param resourceGroupName string = ''

// ---------- function app ----------

@description('Upper bound of Flex Consumption instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each Flex Consumption instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Always-ready instances, e.g. [{ "name": "durable", "instanceCount": 1 }]; empty scales to zero.')
param alwaysReady array = []

@description('Durable task hub name; empty: derived from the environment name, so that two environments on one account never share a hub.')
@maxLength(45)
param durableTaskHubName string = ''

@description('Partitions of the Durable task hub (Azure Storage backend). Fixed when the hub is created.')
@minValue(1)
@maxValue(16)
param durablePartitionCount int = 4

@description('Durable backend: AzureStorage (default, the task hub in the app\'s storage account) or DurableTaskScheduler (managed; the app needs the AzureManaged extension package, docs/deploy.md).')
@allowed([
  'AzureStorage'
  'DurableTaskScheduler'
])
param durableBackend string = 'AzureStorage'

@description('Durable Task Scheduler SKU when durableBackend is DurableTaskScheduler.')
@allowed([
  'Consumption'
  'Dedicated'
])
param durableTaskSchedulerSku string = 'Consumption'

// ---------- storage ----------

@description('Storage redundancy. Production archives: Standard_GZRS or Standard_RAGZRS.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Archive retention (WORM) in days: 3650 = 10 years.')
@minValue(1)
@maxValue(146000)
param archiveRetentionDays int = 3650

@description('Set to true after locking the archive policy by hand (docs/deploy.md): deployments then leave the locked policy alone.')
param archivePolicyLocked bool = false

@description('Days after which archive blobs move to the cool tier.')
param archiveCoolAfterDays int = 30

@description('Days after which archive blobs move to the cold tier.')
param archiveColdAfterDays int = 180

@description('Pipeline queues created up front; each gets its -poison pair. The app creates any other queue it needs.')
param pipelineQueueNames array = [
  'blob-events'
  'issue-validate'
  'issue-number'
  'issue-render'
  'issue-archive'
  'issue-record'
  'invoice-delivery'
  'dunning-signals'
]

// ---------- Key Vault and secrets ----------

@description('Key Vault purge protection (recommended in production; cannot be turned off once on).')
param keyVaultPurgeProtection bool = false

@description('SMTP password, stored in Key Vault as smtp-password; empty: leave the secret as it is (set it with az keyvault secret set).')
@secure()
param smtpPassword string = ''

@description('Pepper of the API key hashes (Security__ApiKeyPepper, at least 32 characters) to bring your own; empty (the default): the postprovision hook creates the Key Vault secret api-key-pepper once. It must never change afterwards.')
@secure()
param apiKeyPepper string = ''

// ---------- app options ----------

@description('SMTP relay host (Smtp__Host).')
param smtpHost string = ''

@description('SMTP port (Smtp__Port).')
param smtpPort int = 587

@description('SMTP user name (Smtp__UserName); empty: no authentication.')
param smtpUserName string = ''

@description('Passwords of companies\' own SMTP relays, named by their e-mail settings (smtp.passwordSecretName): [{company, name, vaultSecretName}]; each becomes the app setting SmtpSecrets__{company}__{name}, a Key Vault reference to vaultSecretName (put the secret in the vault first).')
param companySmtpSecrets array = []

@description('SMTP connection security (Smtp__Security): StartTls (port 587), Tls (465) or None.')
@allowed([
  'None'
  'StartTls'
  'Tls'
])
param smtpSecurity string = 'StartTls'

@description('From address of companies that set none in their e-mail settings (Delivery__DefaultSenderAddress); empty: they must set one.')
param deliveryDefaultSenderAddress string = ''

@description('Inbound mailbox address shown to companies as their plus-address (Mailbox__Address), e.g. invoices@your-domain; empty: companies route by the subject tag and allowed senders only.')
param mailboxAddress string = ''

@description('Largest inbound message handled, in bytes (Mailbox__MaxMessageBytes); a larger one is quarantined.')
param mailboxMaxMessageBytes int = 26214400

@description('ECB main refinancing rate in percent used for late-payment interest (Dunning__EcbRatePercent); update it each half-year.')
param dunningEcbRatePercent string = '2.15'

@description('One day of a dunning plan on the durable timers (Dunning__DayLength); shorten it only for a demo.')
param dunningDayLength string = '1.00:00:00'

@description('Subscriptions per page of a billing run, one sub-orchestration each (Recurring__BillingPageSize, 1-1000).')
param recurringBillingPageSize int = 500

@description('How far a payment webhook\'s timestamp may be from now, in seconds (Payments__WebhookToleranceSeconds).')
param paymentsWebhookToleranceSeconds int = 300

// ---------- monitoring ----------

@description('Mail address for alerts (poison messages, failed orchestrations); empty: no notification.')
param alertEmail string = ''

@description('Application Insights ingestion with Entra ID only (recommended). The worker\'s exporter must then authenticate with the app identity (AZURE_CLIENT_ID); set false if it cannot.')
param applicationInsightsEntraOnly bool = true

// ---------- optional webhook delivery for Functions blob triggers (second provision) ----------

@description('Blob-triggered functions (Source = EventGrid) to feed through the host webhook /runtime/webhooks/blobs: [{ "functionName": "...", "container": "inbox" }]. Needs blobsExtensionKey.')
param blobTriggerWebhookFunctions array = []

@description('System key blobs_extension of the deployed function app; empty: no webhook subscriptions.')
@secure()
param blobsExtensionKey string = ''

// ---------- optional Service Bus sink ----------

@description('Create the optional Service Bus business-event sink.')
param enableServiceBus bool = false

@description('One Service Bus subscription per integrator.')
param serviceBusSubscriptionNames array = []

// ---------- names ----------

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var serviceName = 'api'
var functionAppName = '${abbrs.functionApp}${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var archiveContainerName = 'archive'
var blobEventsQueueName = 'blob-events'
var eventSourceContainerNames = [
  'inbox'
  'mail-inbox'
  'bank'
  'delivery-reports'
]
var containerNames = [
  'inbox'
  'mail-inbox'
  'bank'
  'delivery-reports'
  'quarantine'
  'exports'
  'templates'
  'documents'
]
var deadLetterContainerName = 'eventgrid-deadletter'
var queueNames = flatten(map(union(pipelineQueueNames, [blobEventsQueueName]), q => [q, '${q}-poison']))
var envToken = toLower(replace(replace(replace(replace(replace(environmentName, '-', ''), '_', ''), '.', ''), '(', ''), ')', ''))
var taskHubName = empty(durableTaskHubName) ? take('invoices${envToken}', 45) : durableTaskHubName

// Data roles of the app on its storage account (Functions host, Durable, blob trigger, the app's adapters).
var storageBlobDataOwnerRoleId = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributorRoleId = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageDataRoleIds = [
  storageBlobDataOwnerRoleId
  storageQueueDataContributorRoleId
  storageTableDataContributorRoleId
]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: empty(resourceGroupName) ? '${abbrs.resourceGroup}${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentity}${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.logAnalyticsWorkspace}${resourceToken}'
    applicationInsightsName: '${abbrs.appInsights}${resourceToken}'
    location: location
    tags: tags
    disableLocalAuth: applicationInsightsEntraOnly
    appPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageAccount}${resourceToken}'
    location: location
    tags: tags
    skuName: storageSkuName
    containerNames: containerNames
    archiveContainerName: archiveContainerName
    deploymentContainerName: deploymentContainerName
    deadLetterContainerName: deadLetterContainerName
    queueNames: queueNames
    archiveRetentionDays: archiveRetentionDays
    archivePolicyLocked: archivePolicyLocked
    archiveCoolAfterDays: archiveCoolAfterDays
    archiveColdAfterDays: archiveColdAfterDays
  }
}

module appStorageRoles 'modules/storage-roles.bicep' = {
  name: 'app-storage-roles'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionIds: storageDataRoleIds
  }
}

module deployerStorageRoles 'modules/storage-roles.bicep' = if (!empty(principalId)) {
  name: 'deployer-storage-roles'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    principalId: principalId
    principalType: principalType
    roleDefinitionIds: storageDataRoleIds
  }
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopic}${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    blobEventsQueueName: blobEventsQueueName
    sourceContainerNames: eventSourceContainerNames
    deadLetterContainerName: deadLetterContainerName
  }
}

module blobTriggerWebhooks 'modules/eventgrid-webhooks.bicep' = [
  for f in (empty(blobsExtensionKey) ? [] : blobTriggerWebhookFunctions): {
    name: 'eventgrid-webhook-${toLower(f.functionName)}'
    scope: rg
    params: {
      systemTopicName: eventGrid.outputs.name
      functionName: f.functionName
      container: f.container
      endpointUrl: 'https://${functionApp.outputs.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${f.functionName}&code=${blobsExtensionKey}'
    }
  }
]

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVault}${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
    enablePurgeProtection: keyVaultPurgeProtection
    secretValues: {
      'smtp-password': smtpPassword
      'api-key-pepper': apiKeyPepper
    }
  }
}

module serviceBus 'modules/servicebus.bicep' = if (enableServiceBus) {
  name: 'servicebus'
  scope: rg
  params: {
    name: '${abbrs.serviceBusNamespace}${resourceToken}'
    location: location
    tags: tags
    topicName: 'invoice-events'
    subscriptionNames: serviceBusSubscriptionNames
    appPrincipalId: identity.outputs.principalId
  }
}

module durableTaskScheduler 'modules/durabletask.bicep' = if (durableBackend == 'DurableTaskScheduler') {
  name: 'durabletask'
  scope: rg
  params: {
    name: '${abbrs.durableTaskScheduler}${resourceToken}'
    location: location
    tags: tags
    taskHubName: taskHubName
    skuName: durableTaskSchedulerSku
    appPrincipalId: identity.outputs.principalId
  }
}

// A Key Vault reference without a version follows rotation (re-read within 24 h, or on restart).
func kvRef(vaultUri string, secretName string) string => '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName}/)'

var appSettings = {
  // Functions host storage with the managed identity: no connection string, no key.
  AzureWebJobsStorage__accountName: storage.outputs.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
  AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
  AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
  // Telemetry with Entra ID auth (local auth is off on the component).
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
  // Durable task hub per environment (host.json keeps the defaults; these override it in Azure).
  AzureFunctionsJobHost__extensions__durableTask__hubName: taskHubName
  // Clients the app registers with DefaultAzureCredential pick the user-assigned identity.
  AZURE_CLIENT_ID: identity.outputs.clientId
  // App options (Section__Key); secrets are Key Vault references.
  Smtp__Host: smtpHost
  Smtp__Port: string(smtpPort)
  Smtp__Security: smtpSecurity
  Smtp__TimeoutSeconds: '60'
  Smtp__UserName: smtpUserName
  Smtp__Password: kvRef(keyVault.outputs.uri, 'smtp-password')
  Security__ApiKeyPepper: kvRef(keyVault.outputs.uri, 'api-key-pepper')
  Dunning__EcbRatePercent: dunningEcbRatePercent
  Dunning__DayLength: dunningDayLength
  Dunning__Enabled: 'true'
  Recurring__BillingPageSize: string(recurringBillingPageSize)
  // Each company's payment webhook secret is derived from this key (created once by the postprovision hook).
  Payments__WebhookSigningKey: kvRef(keyVault.outputs.uri, 'payments-webhook-signing-key')
  Payments__WebhookToleranceSeconds: string(paymentsWebhookToleranceSeconds)
  Delivery__DefaultSenderAddress: deliveryDefaultSenderAddress
  Mailbox__Address: mailboxAddress
  Mailbox__MaxMessageBytes: string(mailboxMaxMessageBytes)
  // After a bounce, the company has this long to correct and re-send before the invoice is posted (print provider).
  Delivery__CorrectionDelay: '5.00:00:00'
  // The "confirm receipt" link in each mail points at the app's public address and works this long.
  Delivery__PublicBaseUrl: 'https://${functionAppName}.azurewebsites.net'
  Delivery__AcknowledgementLinkLifetime: '90.00:00:00'
  // Delivery connectors (webhook, SFTP, HTTP export): never loopback in Azure (SSRF guard); back-off 30 s doubled up to 6 h, for 3 days.
  Connectors__AllowLoopback: 'false'
  Connectors__RetryFirstDelay: '00:00:30'
  Connectors__RetryMaxDelay: '06:00:00'
  Connectors__RetryWindow: '3.00:00:00'
  Connectors__TimeoutSeconds: '30'
}

// Companies' own SMTP relay passwords: Key Vault references, one setting per company and secret name (never in a table).
var companySmtpSecretSettings = toObject(companySmtpSecrets, s => 'SmtpSecrets__${s.company}__${s.name}', s => kvRef(keyVault.outputs.uri, s.vaultSecretName))

// Durable backend: partitions of the Azure Storage task hub, or the scheduler's identity-based connection.
var durableSettings = durableBackend == 'DurableTaskScheduler'
  ? {
      AzureFunctionsJobHost__extensions__durableTask__storageProvider__type: 'azureManaged'
      AzureFunctionsJobHost__extensions__durableTask__storageProvider__connectionStringName: 'DURABLE_TASK_SCHEDULER_CONNECTION_STRING'
      DURABLE_TASK_SCHEDULER_CONNECTION_STRING: 'Endpoint=${durableTaskScheduler!.outputs.endpoint};Authentication=ManagedIdentity;ClientID=${identity.outputs.clientId}'
      TASKHUB_NAME: taskHubName
    }
  : {
      AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount: string(durablePartitionCount)
    }

var serviceBusSettings = enableServiceBus
  ? {
      ServiceBus__FullyQualifiedNamespace: serviceBus!.outputs.fullyQualifiedNamespace
      ServiceBus__TopicName: serviceBus!.outputs.topicName
    }
  : {}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: rg
  params: {
    planName: '${abbrs.appServicePlan}${resourceToken}'
    name: functionAppName
    location: location
    tags: tags
    serviceName: serviceName
    identityId: identity.outputs.id
    blobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    appSettings: union(appSettings, companySmtpSecretSettings, durableSettings, serviceBusSettings)
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    alwaysReady: alwaysReady
  }
  dependsOn: [
    appStorageRoles
  ]
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  scope: rg
  params: {
    location: location
    tags: tags
    namePrefix: functionAppName
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    alertEmail: alertEmail
    actionGroupName: '${abbrs.actionGroup}${resourceToken}'
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output DURABLE_TASK_HUB_NAME string = taskHubName
output DURABLE_TASK_SCHEDULER_ENDPOINT string = durableBackend == 'DurableTaskScheduler' ? durableTaskScheduler!.outputs.endpoint : ''
output SERVICE_BUS_NAMESPACE string = enableServiceBus ? serviceBus!.outputs.fullyQualifiedNamespace : ''
