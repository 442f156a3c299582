// Optional: the Functions host's own path for blob triggers with Source = EventGrid. In Azure the
// Storage extension receives blob events on the webhook /runtime/webhooks/blobs, one subscription per
// blob-triggered function, authenticated by the host's system key `blobs_extension`. That key exists
// only after the app has been deployed and started, so this runs on a second `azd provision`
// (docs/deploy.md). The key comes in as a parameter, the template never reads it.
// One instance of this module per blob-triggered function.

@description('System topic (on the storage account) that the subscription hangs off.')
param systemTopicName string

@description('Name of the blob-triggered function.')
param functionName string

@description('Container the function is triggered by.')
param container string

@description('https://<app>/runtime/webhooks/blobs?functionName=Host.Functions.<name>&code=<blobs_extension key>')
@secure()
param endpointUrl string

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource webhook 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'blob-trigger-${toLower(functionName)}'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${container}/'
    }
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: endpointUrl
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}
